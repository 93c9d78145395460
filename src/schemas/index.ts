/** Every content schema, in one place: pure zod, usable from Astro, scripts and tests. */
import { articleSchema, IMAGE_EXTENSIONS } from "./article.ts";
import { sourceSchema } from "./source.ts";
import { authorSchema, topicSchema } from "./taxonomy.ts";
import { resourceSchema, timelineEventSchema } from "./directory.ts";
import { pageSchema } from "./page.ts";
import { translationSchema } from "./translation.ts";
import type { ContentCollection } from "./common.ts";

export * from "./article.ts";
export * from "./source.ts";
export * from "./claims.ts";
export * from "./page.ts";
export * from "./translation.ts";
export * from "./taxonomy.ts";
export * from "./directory.ts";
export * from "./dates.ts";
export * from "./common.ts";
export * from "./references.ts";

const DATA = [".yaml", ".yml", ".json"] as const;

/**
 * The registry of collections: folder under content/, file extensions, schema and the
 * heading of its table in the field reference. Reference fields name their target
 * collection in the schema itself (`ref()`), so a new collection is a schema plus one
 * line here; Astro's collections, the check and the field reference derive from it.
 */
export const COLLECTIONS = {
  articles: {
    dir: "articles",
    extensions: [".mdx"],
    // Lead images sit next to the articles (content/articles/images/).
    assets: IMAGE_EXTENSIONS,
    schema: articleSchema,
    heading: "Article front matter (`content/articles/<slug>.mdx`)",
  },
  translations: {
    dir: "translations",
    extensions: [".mdx"],
    // One folder per language: content/translations/ru/<slug>.mdx has the id "ru/<slug>".
    nested: true,
    schema: translationSchema,
    heading: "Translation (`content/translations/<lang>/<slug>.mdx`)",
  },
  sources: {
    dir: "sources",
    extensions: DATA,
    schema: sourceSchema,
    heading: "Source (`content/sources/<id>.yaml`)",
  },
  topics: { dir: "topics", extensions: DATA, schema: topicSchema, heading: "Topic (`content/topics/<slug>.yaml`)" },
  authors: {
    dir: "authors",
    extensions: DATA,
    schema: authorSchema,
    heading: "Author (`content/authors/<slug>.yaml`)",
  },
  timeline: {
    dir: "timeline",
    extensions: DATA,
    schema: timelineEventSchema,
    heading: "Timeline event (`content/timeline/<slug>.yaml`)",
  },
  resources: {
    dir: "resources",
    extensions: DATA,
    schema: resourceSchema,
    heading: "Resource (`content/resources/<slug>.yaml`)",
  },
  pages: {
    dir: "pages",
    extensions: [".mdx"],
    // English pages at the top (about.mdx), editions' in a folder per language (ru/about.mdx).
    nested: true,
    schema: pageSchema,
    heading: "Page (`content/pages/<slug>.mdx`, e.g. the About page)",
  },
} as const satisfies Record<
  ContentCollection,
  {
    dir: string;
    extensions: readonly string[];
    assets?: readonly string[];
    /** Ids keep the folder under the collection ("ru/about"); else an id is the file name. */
    nested?: boolean;
    schema: unknown;
    heading: string;
  }
>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
