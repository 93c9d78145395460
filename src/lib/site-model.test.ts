import { describe, expect, it } from "vitest";
import type { ArticleData, ResourceData, SourceData, TimelineEventData, TranslationData } from "../schemas/index.ts";
import { numberCitations } from "./citations.ts";
import { aliasesOf, deriveSite } from "./site-model.ts";
import { articleInput } from "./test-entries.ts";

const now = new Date("2026-11-26T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T05:00:00Z`);

const article = (id: string, data: Partial<ArticleData> & { pubDate: Date }, cites: string[] = []) =>
  articleInput(id, data, cites);

function translation(id: string, data: Pick<TranslationData, "lang" | "translationOf" | "translatedFrom">) {
  return {
    entry: {
      id,
      data: {
        ...data,
        title: `Titre ${id}`,
        description: "d",
        pubDate: day("2026-06-01"),
        draft: false,
        corrections: [],
      } as TranslationData,
    },
    citations: numberCitations([{ sourceId: "s1", line: 1 }]),
  };
}

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
  translations: [
    translation("ru/newer", { lang: "ru", translationOf: "newer", translatedFrom: day("2026-03-04") }),
    translation("fr/newer", { lang: "fr", translationOf: "newer", translatedFrom: day("2026-01-01") }),
    translation("ru/older", { lang: "ru", translationOf: "older", translatedFrom: day("2026-01-02") }),
    // The translation of a draft stays as private as its original.
    translation("ru/draft", { lang: "ru", translationOf: "draft", translatedFrom: day("2026-02-01") }),
  ],
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

  it("links every translation to its original and back, by language", () => {
    for (const [lang, translations] of site.editions) {
      for (const t of translations) {
        expect(site.translationsOf.get(t.slug)?.get(lang)).toBe(t);
        expect(t.original).toBe(site.bySlug.get(t.slug));
      }
    }
    expect(site.editions.get("ru")!.map((t) => t.slug)).toEqual(["newer", "older"]);
    expect([...site.translationsOf.get("newer")!.keys()].sort()).toEqual(["fr", "ru"]);
    expect(site.translationsOf.has("draft")).toBe(false);
  });

  it("renders a translation with its own text and its original's kind and topics, and knows when it is stale", () => {
    const fr = site.translationsOf.get("newer")!.get("fr")!;
    expect(fr.data.title).toBe("Titre fr/newer");
    expect(fr.data.topics).toEqual(["t1"]);
    expect(fr.stale).toBe(true);
    expect(site.translationsOf.get("newer")!.get("ru")!.stale).toBe(false);
  });
});
