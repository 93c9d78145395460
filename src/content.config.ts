import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import {
  articleSchemaWithImage,
  authorSchema,
  COLLECTIONS,
  pageSchema,
  translationSchema,
  resourceSchema,
  sourceSchema,
  timelineEventSchema,
  topicSchema,
  type CollectionName,
} from "./schemas/index.ts";
import { entryIdOf } from "./lib/slug.ts";

/*
 * References between entries (authors, topics, related, citations) are slugs checked
 * by the project's content check (src/lib/content-check), which fails the build on
 * an unknown one and suggests the nearest; Astro's reference() only logs it.
 */
const loader = (name: CollectionName) =>
  glob({
    pattern: COLLECTIONS[name].extensions.map((ext) => `**/*${ext}`),
    base: `./content/${COLLECTIONS[name].dir}`,
    // The id is the file name (or, for nested collections, its path), as the check has it.
    generateId: ({ entry }) => entryIdOf(name, entry),
  });

export const collections = {
  articles: defineCollection({
    loader: loader("articles"),
    // The lead image's path (checked by the schema and the content check) becomes an image
    // Astro measures and optimizes, so the page knows its width and height.
    schema: ({ image }) => articleSchemaWithImage(image()),
  }),
  sources: defineCollection({ loader: loader("sources"), schema: sourceSchema }),
  authors: defineCollection({ loader: loader("authors"), schema: authorSchema }),
  topics: defineCollection({ loader: loader("topics"), schema: topicSchema }),
  timeline: defineCollection({ loader: loader("timeline"), schema: timelineEventSchema }),
  resources: defineCollection({ loader: loader("resources"), schema: resourceSchema }),
  pages: defineCollection({ loader: loader("pages"), schema: pageSchema }),
  translations: defineCollection({ loader: loader("translations"), schema: translationSchema }),
};
