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
// Components read the interface text and paths from Astro.locals, set by src/middleware.ts,
// which is in no page's module graph, so Astro's code hash covers the dictionaries only as
// long as some component also imports them. Imported here, they are in the graph of every
// page with a key whatever the components import (tests/build/incremental-build.test.ts).
import "../i18n/index.ts";
import "./urls.ts";
import { deploySettings } from "../settings.ts";

/** Bumped when what a key covers changes, so no key of an older scheme can match. */
const KEY_VERSION = 2;

/**
 * The deploy settings pages read from the environment (SITE_URL, CORRECTIONS_CONTACT...):
 * neither code nor config, so every key covers them. Not where the cache lives.
 */
const { cacheDir: _cacheDir, ...DEPLOY } = deploySettings();

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
    .update(stableJson({ v: KEY_VERSION, deploy: DEPLOY, kind, parts }))
    .digest("base64url");
}

/** An entry as its page sees it: id, data and (for articles) the text it renders. */
const entryOf = (entry: Entry<unknown> & { body?: string }) => ({ id: entry.id, data: entry.data, body: entry.body });

type AnySite = SiteModel<Entry<ArticleCore> & { body?: string }>;

/**
 * What a card or a link to an article shows: its front matter (not its body) and the
 * topic a card names (its first).
 */
const cardOf = (site: AnySite, article: Article) => ({
  slug: article.slug,
  data: article.data,
  unpublished: article.unpublished,
  topic: site.topics.get(article.data.topics[0] ?? ""),
});

/**
 * An article page: its text, the sources it cites, its topics, authors, related stories
 * and the editions it exists in (the language links and hreflang alternates).
 */
export function articlePageKey(site: AnySite, slug: string): string {
  const article = site.bySlug.get(slug);
  if (!article) throw new Error(`articlePageKey: no published article "${slug}"`);
  const related = site.related.get(slug) ?? [];
  const relatedArticles = related.flatMap((story) => {
    const other = site.bySlug.get(story.slug);
    return other ? [cardOf(site, other)] : [];
  });
  const topicIds = new Set([
    ...article.data.topics,
    ...related.flatMap((story) => (story.reason.type === "topics" ? story.reason.topics : [])),
  ]);
  const editions = [...(site.translationsOf.get(slug) ?? new Map())].map(([lang, translation]) => ({
    lang,
    data: translation.data,
    stale: translation.stale,
    unpublished: translation.unpublished,
  }));
  return pageKey("article", {
    article: entryOf(article.entry),
    unpublished: article.unpublished,
    citations: article.citations,
    sources: article.citations.sources.map(({ sourceId }) => site.sources.get(sourceId) ?? sourceId),
    authors: article.data.authors.map((id) => site.authors.get(id) ?? id),
    topics: [...topicIds].sort().map((id) => site.topics.get(id) ?? id),
    related,
    relatedArticles,
    editions,
  });
}

/** The redirect page an old slug serves: it carries the article's title, description, share tags and structured data. */
export function redirectPageKey(site: AnySite, alias: string, slug: string): string {
  return pageKey("redirect", { alias, article: articlePageKey(site, slug) });
}

/** One page of a paginated list: its position, its neighbours' URLs and every item it lists. */
export interface ListPage<T> {
  currentPage: number;
  lastPage: number;
  total: number;
  url: unknown;
  data: readonly T[];
}

const placeOf = ({ currentPage, lastPage, total, url }: ListPage<unknown>) => ({ currentPage, lastPage, total, url });

/** A page of article cards (topic pages), with whatever else the list shows (`extra`). */
export function articleListKey(site: AnySite, kind: string, page: ListPage<Article>, extra?: unknown): string {
  return pageKey(kind, { place: placeOf(page), items: page.data.map((a) => cardOf(site, a)), extra });
}

/** A page of the archive (all stories or one kind): its cards, and the kind filters, one per kind in use. */
export function archivePageKey(site: AnySite, page: ListPage<Article>, kind?: string): string {
  const kindsInUse = [...new Set(site.articles.map((a) => a.data.kind))].sort();
  return articleListKey(site, "archive", page, { kind, kindsInUse });
}

/** A page of the sources index: each source and every place that cites it. */
export function sourceListKey(site: AnySite, page: ListPage<Entry<unknown>>): string {
  return pageKey("sources", {
    place: placeOf(page),
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
