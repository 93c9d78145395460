import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { COLLECTIONS, type CollectionName } from "./schemas/index.ts";
import { slugOf } from "./lib/content-check/validate.ts";

/*
 * References between entries (authors, topics, related, citations) are slugs checked
 * by the project's content check (src/lib/content-check), which fails the build on
 * an unknown one and suggests the nearest; Astro's reference() only logs it.
 */
function collection<C extends CollectionName>(name: C) {
  const { dir, extensions, schema } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern: extensions.map((ext) => `**/*${ext}`),
      base: `./content/${dir}`,
      generateId: ({ entry }) => slugOf(entry),
    }),
    schema,
  });
}

export const collections = {
  articles: collection("articles"),
  sources: collection("sources"),
  authors: collection("authors"),
  topics: collection("topics"),
};
