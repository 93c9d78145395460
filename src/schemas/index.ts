/** Every content schema, in one place: pure zod, usable from Astro, scripts and tests. */
import { articleSchema } from "./article.ts";
import { sourceSchema } from "./source.ts";
import { authorSchema, topicSchema } from "./taxonomy.ts";
import { resourceSchema, timelineEventSchema } from "./directory.ts";
import { pageSchema } from "./page.ts";

export * from "./article.ts";
export * from "./source.ts";
export * from "./claims.ts";
export * from "./page.ts";
export * from "./taxonomy.ts";
export * from "./directory.ts";
export * from "./dates.ts";
export * from "./common.ts";

/** Collection name -> folder under content/, file extensions and schema. */
export const COLLECTIONS = {
  articles: { dir: "articles", extensions: [".mdx"], schema: articleSchema },
  sources: { dir: "sources", extensions: [".yaml", ".yml", ".json"], schema: sourceSchema },
  authors: { dir: "authors", extensions: [".yaml", ".yml", ".json"], schema: authorSchema },
  topics: { dir: "topics", extensions: [".yaml", ".yml", ".json"], schema: topicSchema },
  timeline: { dir: "timeline", extensions: [".yaml", ".yml", ".json"], schema: timelineEventSchema },
  resources: { dir: "resources", extensions: [".yaml", ".yml", ".json"], schema: resourceSchema },
  pages: { dir: "pages", extensions: [".mdx"], schema: pageSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
