import { describe, expect, it } from "vitest";
import type { ArticleData, ResourceData, SourceData, TimelineEventData } from "../schemas/index.ts";
import { numberCitations } from "./citations.ts";
import { aliasesOf, deriveSite } from "./site-model.ts";

const now = new Date("2026-11-26T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T05:00:00Z`);

const article = (id: string, data: Partial<ArticleData> & { pubDate: Date }, cites: string[] = []) => ({
  entry: {
    id,
    data: {
      title: `Title of ${id}`,
      description: "d",
      kind: "news",
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
});

const input = {
  articles: [
    article("older", { pubDate: day("2026-01-02"), topics: ["t1", "t2"], aliases: ["old-name"] }, ["s1"]),
    article("newer", { pubDate: day("2026-03-04") }, ["s2", "s1", "s2"]),
    article("draft", { pubDate: day("2026-02-01"), draft: true, aliases: ["draft-old"] }, ["s1"]),
    article("future", { pubDate: day("2027-01-01") }, ["s1"]),
  ],
  sources: [{ id: "s1", data: {} as SourceData }],
  topics: [
    { id: "t1", data: { title: "One", description: "d" } },
    { id: "t2", data: { title: "Two", description: "d" } },
  ],
  authors: [{ id: "staff", data: { name: "Staff", description: "d" } }],
  timeline: [
    { id: "late", data: { date: day("2017-06-06"), title: "Late", sources: ["s1"] } as TimelineEventData },
    { id: "early", data: { date: day("2017-06-01"), title: "Early", sources: ["s1"] } as TimelineEventData },
  ],
  resources: [{ id: "org", data: { name: "Org", sources: ["s1"] } as ResourceData }],
};

describe("deriveSite", () => {
  const site = deriveSite(input, { preview: false, now });

  it("publishes visible articles only, newest first", () => {
    expect(site.articles.map((a) => a.slug)).toEqual(["newer", "older"]);
    expect(deriveSite(input, { preview: true, now }).articles.map((a) => a.slug)).toEqual([
      "future",
      "newer",
      "draft",
      "older",
    ]);
  });

  it("indexes each topic's visible articles, newest first, and keeps empty topics", () => {
    expect(site.articlesByTopic.get("t1")!.map((a) => a.slug)).toEqual(["newer", "older"]);
    expect(site.articlesByTopic.get("t2")!.map((a) => a.slug)).toEqual(["older"]);
    const none = deriveSite({ ...input, articles: [] }, { preview: false, now });
    expect(none.articlesByTopic.get("t2")).toEqual([]);
  });

  it("lists where each source is cited: stories newest first, then timeline oldest first, then the directory", () => {
    expect(site.citedBy.get("s1")).toEqual([
      { kind: "article", title: "Title of newer", path: "/articles/newer/" },
      { kind: "article", title: "Title of older", path: "/articles/older/" },
      { kind: "timeline", title: "Early", path: "/timeline/#early" },
      { kind: "timeline", title: "Late", path: "/timeline/#late" },
      { kind: "resource", title: "Org", path: "/resources/#org" },
    ]);
    // A source cited three times in one story is listed once for it.
    expect(site.citedBy.get("s2")).toEqual([{ kind: "article", title: "Title of newer", path: "/articles/newer/" }]);
  });

  it("redirects the aliases of published articles only", () => {
    expect([...site.aliases]).toEqual([["old-name", "older"]]);
    expect(aliasesOf([{ slug: "a", data: { aliases: ["x", "y"] } }])).toEqual(
      new Map([
        ["x", "a"],
        ["y", "a"],
      ]),
    );
  });

  it("relates published articles to each other only", () => {
    expect(site.related.get("newer")!.map((r) => r.slug)).toEqual(["older"]);
    expect(site.related.has("draft")).toBe(false);
  });
});
