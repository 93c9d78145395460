import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, readFile, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import * as pagefind from "pagefind";
import { listPages } from "../lib/dist-pages.ts";
import { elapsed } from "../lib/elapsed.ts";
import { ARTICLES_DIR } from "../lib/urls.ts";

/** Only articles carry data-pagefind-body: reading the other pages would find nothing. */
const INDEXED = new RegExp(`^${ARTICLES_DIR}/[^/]+/index\\.html$`);
/** Pagefind's version, from its package.json next to lib/index.js (its exports do not list the file). */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }
).version;

/** A hash of every page Pagefind reads (path and bytes) and of Pagefind's version: same hash, same index. */
async function indexInputHash(distDir: string, pages: readonly string[]): Promise<string> {
  const limit = pLimit(16);
  const digests = await Promise.all(
    pages.map((page) =>
      limit(
        async () =>
          `${page}\n${createHash("sha256")
            .update(await readFile(join(distDir, page)))
            .digest("hex")}`,
      ),
    ),
  );
  return createHash("sha256")
    .update(JSON.stringify({ pagefind: PAGEFIND_VERSION, pages: digests }))
    .digest("hex");
}

/**
 * Indexes the built pages with Pagefind (only the parts marked data-pagefind-body,
 * i.e. articles) and writes the index and its loader into dist/pagefind/, so
 * search is served by the site itself. The index of the last build is kept in Astro's
 * cache folder with a hash of the pages it was made from: a build whose article pages
 * are byte for byte the same (a rebuild, a change to a list or to a page that is not an
 * article) copies it instead of indexing every article again.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "refuge-north:search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "search-index");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const outputPath = join(distDir, "pagefind");
        const pages = (await listPages(distDir)).filter((page) => INDEXED.test(page));
        const hash = await indexInputHash(distDir, pages);
        const kept = join(cacheDir, hash);
        const previous = await readdir(cacheDir).catch(() => [] as string[]);
        if (previous.includes(hash)) {
          await cp(kept, outputPath, { recursive: true });
          logger.info(
            `search index: ${pages.length} pages, unchanged since the last build (copied) in ${elapsed(started)}`,
          );
          return;
        }
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: distDir, glob: `${ARTICLES_DIR}/*/index.html` });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        // Only the newest index is kept, so the cache does not grow with every edit. Copied
        // under a temporary name first: a build stopped halfway leaves no partial index to match.
        await Promise.all(previous.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
        const temp = `${kept}.${process.pid}.tmp`;
        await cp(outputPath, temp, { recursive: true });
        await rename(temp, kept);
        logger.info(`search index: ${added.page_count} pages in ${elapsed(started)}`);
      },
    },
  };
}
