/**
 * The one derivation of the site from its loaded entries: what is published, each
 * article's citations, cited-by, aliases, the topic index and related stories. Pure:
 * the pages (src/data/site.ts, from Astro's collections), the build steps and the
 * editors' check (from the files the check read) all call it, so they cannot disagree.
 */
import { compareTimelineEvents } from "./timeline.ts";
import { EDITION_LANGS, type EditionLang, type TranslationData } from "../schemas/index.ts";
import { isStale } from "./translations.ts";
import type {
  ArticleData,
  AuthorData,
  ResourceData,
  SourceData,
  TimelineEventData,
  TopicData,
} from "../schemas/index.ts";
import { SETTINGS } from "../settings.ts";
import type { Citations } from "./citations.ts";
import { computeRelated, type RelatedStory } from "./related.ts";
import { isUnpublished, isVisible } from "./visibility.ts";
import { paths } from "./urls.ts";
import { smartQuotes } from "./typography.ts";

/** An article's data as every loader gives it (Astro turns the lead image into an asset). */
export type ArticleCore = Omit<ArticleData, "image">;

/** What every loader gives: an id (the slug) and validated data. */
export interface Entry<D> {
  id: string;
  data: D;
}

/** Where a source is cited: a story, a timeline event or a directory entry. */
export interface Citation {
  kind: "article" | "timeline" | "resource";
  title: string;
  path: string;
}

export interface Article<E extends Entry<ArticleCore> = Entry<ArticleCore>> {
  slug: string;
  entry: E;
  data: E["data"];
  citations: Citations;
  unpublished: boolean;
}

export interface SiteInput<
  A extends Entry<ArticleCore>,
  S extends Entry<SourceData>,
  T extends Entry<TopicData>,
  Au extends Entry<AuthorData>,
  Tl extends Entry<TimelineEventData>,
  R extends Entry<ResourceData>,
  Tr extends Entry<TranslationData> = Entry<TranslationData>,
> {
  /** Each article with its citations, numbered from its syntax tree. */
  articles: readonly { entry: A; citations: Citations }[];
  sources: readonly S[];
  topics: readonly T[];
  authors: readonly Au[];
  timeline: readonly Tl[];
  resources: readonly R[];
  /** Each translation with its citations (the same sources as its original's). */
  translations?: readonly { entry: Tr; citations: Citations }[];
}

/** A translation, ready to render like an article: the original's kind, topics and authors, its own text. */
export interface Translation<
  Tr extends Entry<TranslationData> = Entry<TranslationData>,
  A extends Entry<ArticleCore> = Entry<ArticleCore>,
> {
  lang: EditionLang;
  /** The original's slug: the key every language shares, and the last part of the address. */
  slug: string;
  entry: Tr;
  data: Omit<A["data"], "title" | "description" | "pubDate" | "updatedDate" | "corrections"> &
    Pick<TranslationData, "title" | "description" | "pubDate" | "updatedDate" | "corrections">;
  original: Article<A>;
  citations: Citations;
  /** The original was updated after the version translated. */
  stale: boolean;
  unpublished: boolean;
}

export interface SiteModel<
  A extends Entry<ArticleCore> = Entry<ArticleCore>,
  S extends Entry<SourceData> = Entry<SourceData>,
  T extends Entry<TopicData> = Entry<TopicData>,
  Au extends Entry<AuthorData> = Entry<AuthorData>,
  Tl extends Entry<TimelineEventData> = Entry<TimelineEventData>,
  R extends Entry<ResourceData> = Entry<ResourceData>,
  Tr extends Entry<TranslationData> = Entry<TranslationData>,
> {
  /** Visible articles, newest first. */
  articles: Article<A>[];
  bySlug: Map<string, Article<A>>;
  sources: Map<string, S>;
  topics: Map<string, T>;
  authors: Map<string, Au>;
  /** Topic slug -> its visible articles, newest first. */
  articlesByTopic: Map<string, Article<A>[]>;
  related: Map<string, RelatedStory[]>;
  /** Old slug -> current slug, for visible articles. */
  aliases: Map<string, string>;
  /** Timeline events, oldest first. */
  timeline: Tl[];
  /** The resources directory, by name. */
  resources: R[];
  /** Source id -> every place on the site that cites it (stories newest first, then timeline, then directory). */
  citedBy: Map<string, Citation[]>;
  /** Each edition's visible translations, newest first. */
  editions: Map<EditionLang, Translation<Tr, A>[]>;
  /** An original's slug -> its visible translations by language. */
  translationsOf: Map<string, Map<EditionLang, Translation<Tr, A>>>;
}

export interface DeriveOptions {
  /** The dev server's preview: drafts and future articles are shown. */
  preview: boolean;
  now: Date;
  relatedCount?: number;
}

/** Old slug -> current slug of each article that lists aliases. */
export function aliasesOf(articles: readonly { slug: string; data: Pick<ArticleData, "aliases"> }[]) {
  return new Map(articles.flatMap((a) => a.data.aliases.map((alias) => [alias, a.slug] as const)));
}

const newestFirst = (a: { slug: string; data: { pubDate: Date } }, b: { slug: string; data: { pubDate: Date } }) =>
  b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.slug.localeCompare(b.slug);

export function deriveSite<
  A extends Entry<ArticleCore>,
  S extends Entry<SourceData>,
  T extends Entry<TopicData>,
  Au extends Entry<AuthorData>,
  Tl extends Entry<TimelineEventData>,
  R extends Entry<ResourceData>,
  Tr extends Entry<TranslationData> = Entry<TranslationData>,
>(input: SiteInput<A, S, T, Au, Tl, R, Tr>, options: DeriveOptions): SiteModel<A, S, T, Au, Tl, R, Tr> {
  const { preview, now, relatedCount = SETTINGS.relatedCount } = options;
  const articles: Article<A>[] = input.articles
    .filter(({ entry }) => isVisible(entry.data, { preview, now }))
    .map(({ entry, citations }) => ({
      slug: entry.id,
      entry,
      // Typographer's quotes in what readers see and share; the files keep what editors typed.
      data: { ...entry.data, title: smartQuotes(entry.data.title), description: smartQuotes(entry.data.description) },
      citations,
      unpublished: isUnpublished(entry.data, now),
    }))
    .sort(newestFirst);

  const articlesByTopic = new Map<string, Article<A>[]>(input.topics.map((topic) => [topic.id, []]));
  for (const article of articles) {
    for (const topic of article.data.topics) articlesByTopic.get(topic)?.push(article);
  }

  const related = computeRelated(
    articles.map((a) => ({
      slug: a.slug,
      pubDate: a.data.pubDate,
      topics: a.data.topics,
      sources: a.citations.sources.map((s) => s.sourceId),
      related: a.data.related,
    })),
    { count: relatedCount },
  );

  const timeline = [...input.timeline].sort(compareTimelineEvents);
  const resources = [...input.resources].sort((a, b) => a.data.name.localeCompare(b.data.name));

  const citedBy = new Map<string, Citation[]>();
  const cite = (sourceId: string, citation: Citation) => {
    const list = citedBy.get(sourceId) ?? [];
    list.push(citation);
    citedBy.set(sourceId, list);
  };
  for (const article of articles) {
    const citation: Citation = { kind: "article", title: article.data.title, path: paths.article(article.slug) };
    for (const { sourceId } of article.citations.sources) cite(sourceId, citation);
  }
  for (const event of timeline) {
    for (const id of event.data.sources)
      cite(id, { kind: "timeline", title: event.data.title, path: paths.timelineEvent(event.id) });
  }
  for (const resource of resources) {
    for (const id of resource.data.sources)
      cite(id, { kind: "resource", title: resource.data.name, path: paths.resource(resource.id) });
  }

  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  // A translation appears only with its original: an unpublished original keeps it private.
  const translations: Translation<Tr, A>[] = (input.translations ?? [])
    .filter(({ entry }) => bySlug.has(entry.data.translationOf) && isVisible(entry.data, { preview, now }))
    .map(({ entry, citations }) => {
      const original = bySlug.get(entry.data.translationOf)!;
      const { title, description, pubDate, updatedDate, corrections } = entry.data;
      return {
        lang: entry.data.lang,
        slug: original.slug,
        entry,
        data: { ...original.data, title, description, pubDate, updatedDate, corrections },
        original,
        citations,
        stale: isStale(entry.data, original.data),
        unpublished: isUnpublished(entry.data, now),
      };
    })
    .sort((a, b) => newestFirst(a, b));
  const editions = new Map(EDITION_LANGS.map((lang) => [lang, translations.filter((t) => t.lang === lang)]));
  const translationsOf = new Map<string, Map<EditionLang, Translation<Tr, A>>>();
  for (const translation of translations) {
    const languages = translationsOf.get(translation.slug) ?? new Map<EditionLang, Translation<Tr, A>>();
    translationsOf.set(translation.slug, languages.set(translation.lang, translation));
  }

  return {
    articles,
    bySlug,
    editions,
    translationsOf,
    sources: new Map(input.sources.map((s) => [s.id, s])),
    topics: new Map(input.topics.map((t) => [t.id, { ...t, data: { ...t.data, title: smartQuotes(t.data.title) } }])),
    authors: new Map(input.authors.map((a) => [a.id, a])),
    articlesByTopic,
    related,
    aliases: aliasesOf(articles),
    timeline,
    resources,
    citedBy,
  };
}
