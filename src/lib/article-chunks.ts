/**
 * Groups the article modules of the server build into a fixed number of chunks.
 *
 * Left alone, the bundler gives every article's MDX module a chunk of its own, and each
 * chunk has a fixed cost (chunk generation, Vite's per-chunk hooks, a file written and
 * then loaded as an ES module to render the page): a warm 1,000-article build spent about
 * a quarter of its time on it. Sixteen chunks render the same pages (byte for byte) in
 * 26-29 s instead of 35-40 s. One chunk for all was no faster and would put every article
 * in one file; a hash of the file name spreads them evenly and keeps each article in its
 * chunk as others come and go.
 */

import { COLLECTIONS } from "../schemas/index.ts";
import { SETTINGS } from "../settings.ts";

export const ARTICLE_CHUNKS = SETTINGS.articleChunks;

/** An article's module id: content/<articles folder>/<path>.mdx, maybe with a query. */
const ARTICLE_MODULE = new RegExp(`/content/${COLLECTIONS.articles.dir}/(.+)\\.mdx(?:$|\\?)`);

/**
 * The chunk name for a module id of an article, or undefined for any other module.
 * Takes only the id: the bundler calls manualChunks with a second argument of its own.
 */
export function articleChunk(id: string): string | undefined {
  const path = ARTICLE_MODULE.exec(id.replaceAll("\\", "/"))?.[1];
  if (path === undefined) return undefined;
  let hash = 0;
  for (let i = 0; i < path.length; i++) hash = (Math.imul(hash, 31) + path.charCodeAt(i)) >>> 0;
  return `articles-${hash % ARTICLE_CHUNKS}`;
}
