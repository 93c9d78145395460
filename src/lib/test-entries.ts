/**
 * Article entries for unit tests of the site model and what derives from it (page keys):
 * plain objects in the shape every loader gives, with citations numbered as the check does.
 */
import type { ArticleData } from "../schemas/index.ts";
import { numberCitations } from "./citations.ts";

/** An article input for deriveSite(): sensible defaults, `data` overriding them, `cites` in order. */
export function articleInput(id: string, data: Partial<ArticleData>, cites: readonly string[] = [], body?: string) {
  return {
    entry: {
      id,
      ...(body === undefined ? {} : { body }),
      data: {
        title: `Title of ${id}`,
        description: "d",
        kind: "news",
        pubDate: new Date("2026-01-01T05:00:00Z"),
        authors: ["staff"],
        topics: ["t1"],
        related: [],
        draft: false,
        aliases: [],
        corrections: [],
        ...data,
      } as ArticleData,
    },
    citations: numberCitations(cites.map((sourceId, i) => ({ sourceId, line: i + 1 }))),
  };
}
