/**
 * The site's content for the pages: Astro's collections, loaded once per build, handed
 * to the one derivation (src/lib/site-model.ts) that the build steps and the editors'
 * check share. Nothing is derived here.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { citationsOfBody } from "../lib/mdx-tree.ts";
import {
  deriveSite,
  type Article as ModelArticle,
  type SiteModel,
  type Translation as ModelTranslation,
} from "../lib/site-model.ts";

export type { Citation } from "../lib/site-model.ts";
export type SourceEntry = CollectionEntry<"sources">;
export type TopicEntry = CollectionEntry<"topics">;
export type AuthorEntry = CollectionEntry<"authors">;
export type TimelineEntry = CollectionEntry<"timeline">;
export type ResourceEntry = CollectionEntry<"resources">;
export type Article = ModelArticle<CollectionEntry<"articles">>;
export type Translation = ModelTranslation<CollectionEntry<"translations">, CollectionEntry<"articles">>;
export type Site = SiteModel<
  CollectionEntry<"articles">,
  SourceEntry,
  TopicEntry,
  AuthorEntry,
  TimelineEntry,
  ResourceEntry,
  CollectionEntry<"translations">
>;

async function load(): Promise<Site> {
  const [articles, sources, topics, authors, timeline, resources, translations] = await Promise.all([
    getCollection("articles"),
    getCollection("sources"),
    getCollection("topics"),
    getCollection("authors"),
    getCollection("timeline"),
    getCollection("resources"),
    getCollection("translations"),
  ]);
  return deriveSite(
    {
      // The same parser and numbering as the check and the MDX compiler (src/lib/cite-numbering.ts).
      articles: articles.map((entry) => ({ entry, citations: citationsOfBody(entry.body ?? "") })),
      sources,
      topics,
      authors,
      timeline,
      resources,
      translations: translations.map((entry) => ({ entry, citations: citationsOfBody(entry.body ?? "") })),
    },
    { preview: import.meta.env.SHOW_UNPUBLISHED, now: new Date() },
  );
}

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  // The dev server re-reads content on every request, so edits show on reload.
  if (import.meta.env.SHOW_UNPUBLISHED) return load();
  return (site ??= load());
}
