/**
 * The site's content, loaded once per build: each collection is read once and the
 * derived indexes (citations, related stories, topic lists, aliases) are computed
 * once and shared by every page, so no page queries every article again.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { findCitations, numberCitations, type Citations } from "../lib/citations.ts";
import { computeRelated, type RelatedStory } from "../lib/related.ts";
import { isUnpublished, isVisible } from "../lib/visibility.ts";
import { paths } from "../lib/urls.ts";
import { smartQuotes } from "../lib/typography.ts";

export type SourceEntry = CollectionEntry<"sources">;
export type TopicEntry = CollectionEntry<"topics">;
export type AuthorEntry = CollectionEntry<"authors">;
export type TimelineEntry = CollectionEntry<"timeline">;
export type ResourceEntry = CollectionEntry<"resources">;

/** Where a source is cited: a story, a timeline event or a directory entry. */
export interface Citation {
  title: string;
  path: string;
  type: "article" | "timeline" | "resource";
}

export interface Article {
  slug: string;
  entry: CollectionEntry<"articles">;
  data: CollectionEntry<"articles">["data"];
  citations: Citations;
  unpublished: boolean;
}

export interface Site {
  /** Visible articles, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  sources: Map<string, SourceEntry>;
  topics: Map<string, TopicEntry>;
  authors: Map<string, AuthorEntry>;
  /** Topic slug -> its visible articles, newest first. */
  articlesByTopic: Map<string, Article[]>;
  related: Map<string, RelatedStory[]>;
  /** Old slug -> current slug. */
  aliases: Map<string, string>;
  /** Timeline events, oldest first. */
  timeline: TimelineEntry[];
  /** The resources directory, by name. */
  resources: ResourceEntry[];
  /** Source id -> every place on the site that cites it (stories newest first, then timeline, then directory). */
  citedBy: Map<string, Citation[]>;
}

export const RELATED_COUNT = 3;
/** Stories per page of the archive and topic lists; sources per page of the sources index. */
export const LIST_PAGE_SIZE = 20;
export const SOURCES_PAGE_SIZE = 100;

async function load(): Promise<Site> {
  const preview = import.meta.env.SHOW_UNPUBLISHED;
  const now = new Date();
  const [articleEntries, sourceEntries, topicEntries, authorEntries, timelineEntries, resourceEntries] =
    await Promise.all([
      getCollection("articles"),
      getCollection("sources"),
      getCollection("topics"),
      getCollection("authors"),
      getCollection("timeline"),
      getCollection("resources"),
    ]);

  const articles = articleEntries
    .filter((entry) => isVisible(entry.data, { preview, now }))
    .map((entry) => ({
      slug: entry.id,
      entry,
      // Typographer's quotes in what readers see and share; the files keep what editors typed.
      data: { ...entry.data, title: smartQuotes(entry.data.title), description: smartQuotes(entry.data.description) },
      citations: numberCitations(findCitations(entry.body ?? "")),
      unpublished: isUnpublished(entry.data, now),
    }))
    .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.slug.localeCompare(b.slug));

  const articlesByTopic = new Map<string, Article[]>(topicEntries.map((topic) => [topic.id, []]));
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
    { count: RELATED_COUNT },
  );

  const timeline = timelineEntries.sort(
    (a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id),
  );
  const resources = resourceEntries.sort((a, b) => a.data.name.localeCompare(b.data.name));

  const citedBy = new Map<string, Citation[]>();
  const cite = (sourceId: string, citation: Citation) => {
    const list = citedBy.get(sourceId) ?? [];
    list.push(citation);
    citedBy.set(sourceId, list);
  };
  for (const article of articles) {
    const citation = { title: article.data.title, path: paths.article(article.slug), type: "article" as const };
    for (const { sourceId } of article.citations.sources) cite(sourceId, citation);
  }
  for (const event of timeline) {
    for (const id of event.data.sources)
      cite(id, { title: event.data.title, path: `${paths.timeline()}#${event.id}`, type: "timeline" });
  }
  for (const resource of resources) {
    for (const id of resource.data.sources)
      cite(id, { title: resource.data.name, path: `${paths.resources()}#${resource.id}`, type: "resource" });
  }

  const aliases = new Map(articles.flatMap((a) => a.data.aliases.map((alias) => [alias, a.slug] as const)));

  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    sources: new Map(sourceEntries.map((s) => [s.id, s])),
    topics: new Map(topicEntries.map((t) => [t.id, { ...t, data: { ...t.data, title: smartQuotes(t.data.title) } }])),
    authors: new Map(authorEntries.map((a) => [a.id, a])),
    articlesByTopic,
    related,
    aliases,
    timeline,
    resources,
    citedBy,
  };
}

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  // The dev server re-reads content on every request, so edits show on reload.
  if (import.meta.env.SHOW_UNPUBLISHED) return load();
  return (site ??= load());
}
