/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and module graph are both unchanged since the last build is copied from Astro's
 * cache instead of rendered. A key must therefore change whenever anything the page
 * shows changes that is not code (Astro hashes the page's code, the interface text, the
 * settings and the CSS itself; the config and the lockfile invalidate the whole cache).
 *
 * Each key hashes the entries the page is drawn from, whole (every front-matter field,
 * not just the ones shown today), plus the derived facts it shows (citation numbers,
 * related stories and why, cited-by lists). Keying whole entries costs a few extra
 * renders when an unshown field changes, and means a new field on a card or a page can
 * never be left out of its key. tests/build/incremental-build.test.ts compares an
 * incremental build with a clean one byte for byte.
 */
import { createHash } from "node:crypto";
import type { Article, ArticleCore, Entry, SiteModel } from "./site-model.ts";

/** Bumped when what a key covers changes, so no key of an older scheme can match. */
const KEY_VERSION = 1;

/** JSON with object keys sorted, so a key does not depend on the order fields were built in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}

/** The key of a page drawn from `parts`: a hash of all of them. */
export function pageKey(kind: string, parts: unknown): string {
  return createHash("sha256")
    .update(stableJson({ v: KEY_VERSION, kind, parts }))
    .digest("base64url");
}

/** An entry as its page sees it: id, data and (for articles) the text it renders. */
const entryOf = (entry: Entry<unknown> & { body?: string }) => ({ id: entry.id, data: entry.data, body: entry.body });

/** What a card or a link to an article shows comes from its front matter: data, not body. */
const cardOf = (article: Article) => ({ slug: article.slug, data: article.data, unpublished: article.unpublished });

type AnySite = SiteModel<Entry<ArticleCore> & { body?: string }>;

/** An article page: its text, the sources it cites, its topics, authors and related stories. */
export function articlePageKey(site: AnySite, slug: string): string {
  const article = site.bySlug.get(slug);
  if (!article) throw new Error(`articlePageKey: no published article "${slug}"`);
  const related = site.related.get(slug) ?? [];
  const relatedArticles = related.flatMap((story) => {
    const other = site.bySlug.get(story.slug);
    return other ? [cardOf(other)] : [];
  });
  const topicIds = new Set([
    ...article.data.topics,
    ...related.flatMap((story) => (story.reason.type === "topics" ? story.reason.topics : [])),
  ]);
  return pageKey("article", {
    article: entryOf(article.entry),
    unpublished: article.unpublished,
    citations: article.citations,
    sources: article.citations.sources.map(({ sourceId }) => site.sources.get(sourceId) ?? sourceId),
    authors: article.data.authors.map((id) => site.authors.get(id) ?? id),
    topics: [...topicIds].sort().map((id) => site.topics.get(id) ?? id),
    related,
    relatedArticles,
  });
}

/** The redirect page an old slug serves: where it points and the title it names. */
export function redirectPageKey(site: AnySite, alias: string, slug: string): string {
  return pageKey("redirect", { alias, slug, title: site.bySlug.get(slug)?.data.title });
}

/** One page of a paginated list: its position, its neighbours' URLs and every item it lists. */
export interface ListPage<T> {
  currentPage: number;
  lastPage: number;
  total: number;
  url: unknown;
  data: readonly T[];
}

/** A page of article cards (archive, topic pages), with whatever else the list shows (`extra`). */
export function articleListKey(kind: string, page: ListPage<Article>, extra?: unknown): string {
  const { currentPage, lastPage, total, url } = page;
  return pageKey(kind, { currentPage, lastPage, total, url, items: page.data.map(cardOf), extra });
}

/** A page of the sources index: each source and every place that cites it. */
export function sourceListKey(site: AnySite, page: ListPage<Entry<unknown>>): string {
  const { currentPage, lastPage, total, url } = page;
  return pageKey("sources", {
    currentPage,
    lastPage,
    total,
    url,
    items: page.data.map((source) => ({ source, citedBy: site.citedBy.get(source.id) ?? [] })),
  });
}

/** Adds each page's key to the result of Astro's `paginate()`. */
export function withKeys<P extends { props: { page: unknown } }>(
  paths: readonly P[],
  keyOf: (page: P["props"]["page"], path: P) => string,
): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: keyOf(path.props.page, path) }));
}
