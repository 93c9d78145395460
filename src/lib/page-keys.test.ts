import { describe, expect, it } from "vitest";
import type { ArticleData, AuthorData, SourceData, TopicData } from "../schemas/index.ts";
import {
  archivePageKey,
  articleListKey,
  articlePageKey,
  pageKey,
  redirectPageKey,
  sourceListKey,
} from "./page-keys.ts";
import { deriveSite } from "./site-model.ts";
import { articleInput } from "./test-entries.ts";

const now = new Date("2026-11-26T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T05:00:00Z`);

interface Spec {
  id: string;
  data?: Partial<ArticleData>;
  body?: string;
  cites?: string[];
}

const article = ({ id, data = {}, body = `Text of ${id}.`, cites = ["s1"] }: Spec) =>
  articleInput(id, data, cites, body);

const baseArticles: Spec[] = [
  { id: "a", data: { related: ["b"], pubDate: day("2026-01-03"), aliases: ["old-a"] } },
  { id: "b", data: { pubDate: day("2026-01-02") }, cites: ["s1", "s2"] },
  { id: "c", data: { pubDate: day("2026-01-01") } },
  { id: "far", data: { pubDate: day("2020-01-01"), topics: ["t2"] }, cites: ["s3"] },
];

interface Changes {
  articles?: Spec[];
  sources?: Record<string, Partial<SourceData>>;
  topics?: Record<string, Partial<TopicData>>;
  author?: Partial<AuthorData>;
}

function site({ articles = baseArticles, sources = {}, topics = {}, author = {} }: Changes = {}) {
  return deriveSite(
    {
      articles: articles.map(article),
      sources: ["s1", "s2", "s3"].map((id) => ({
        id,
        data: { title: `Source ${id}`, publisher: "P", url: `https://example.org/${id}`, ...sources[id] } as SourceData,
      })),
      topics: ["t1", "t2"].map((id) => ({ id, data: { title: `Topic ${id}`, description: "d", ...topics[id] } })),
      authors: [{ id: "staff", data: { name: "Staff", description: "d", ...author } }],
      timeline: [],
      resources: [],
    },
    { preview: false, now, relatedCount: 2 },
  );
}

/** The base articles with one of them changed. */
const editing = (id: string, change: Omit<Spec, "id">): Spec[] =>
  baseArticles.map((spec) => (spec.id === id ? { ...spec, ...change, data: { ...spec.data, ...change.data } } : spec));

const base = site();

describe("articlePageKey", () => {
  const key = (s = base, slug = "a") => articlePageKey(s, slug);

  it("is the same for the same content, built twice", () => {
    expect(key(site())).toBe(key());
  });

  it.each<[string, Changes]>([
    ["its title", { articles: editing("a", { data: { title: "A new title" } }) }],
    ["a typo fixed in its text", { articles: editing("a", { body: "Text of a, fixed." }) }],
    [
      "a correction added",
      { articles: editing("a", { data: { corrections: [{ date: day("2026-02-01"), text: "Fixed." }] } }) },
    ],
    ["a related story's title", { articles: editing("b", { data: { title: "B renamed" } }) }],
    ["a related story's date", { articles: editing("b", { data: { pubDate: day("2026-01-01") } }) }],
    ["a cited source's title", { sources: { s1: { title: "Renamed source" } } }],
    ["its topic's title", { topics: { t1: { title: "Renamed topic" } } }],
    ["the author's name", { author: { name: "Newsroom" } }],
  ])("changes with %s", (_what, changes) => {
    expect(key(site(changes))).not.toBe(key());
  });

  it("changes when a new story becomes related to it", () => {
    const articles = [...baseArticles, { id: "d", data: { pubDate: day("2026-01-03") }, cites: ["s1", "s2"] }];
    expect(site({ articles }).related.get("a")).not.toEqual(base.related.get("a"));
    expect(key(site({ articles }))).not.toBe(key());
  });

  it("stays the same when an article it does not show changes, so that page is not rendered again", () => {
    expect(base.related.get("a")!.map((r) => r.slug)).not.toContain("far");
    expect(key(site({ articles: editing("far", { data: { title: "Far renamed" }, body: "Other text." }) }))).toBe(
      key(),
    );
    expect(key(site({ sources: { s3: { title: "Renamed" } } }))).toBe(key());
  });

  it("differs between articles", () => {
    expect(key(base, "a")).not.toBe(key(base, "b"));
  });

  it("refuses an article that is not published rather than key a missing page", () => {
    expect(() => articlePageKey(base, "nope")).toThrow(/nope/);
  });
});

describe("redirectPageKey", () => {
  it("changes with what the article's share tags show: its title, a source it cites", () => {
    const renamed = site({ articles: editing("a", { data: { title: "A new title" } }) });
    expect(redirectPageKey(renamed, "old-a", "a")).not.toBe(redirectPageKey(base, "old-a", "a"));
    const source = site({ sources: { s1: { url: "https://example.org/moved" } } });
    expect(redirectPageKey(source, "old-a", "a")).not.toBe(redirectPageKey(base, "old-a", "a"));
  });
});

describe("list keys", () => {
  const page = (s: typeof base, currentPage = 1, lastPage = 1) => ({
    currentPage,
    lastPage,
    total: s.articles.length,
    url: { current: "/archive/", prev: undefined, next: undefined },
    data: s.articles,
  });

  it("change when a listed article's title or date changes, or an article is added", () => {
    const k = (s: typeof base) => articleListKey(s, "topic", page(s));
    expect(k(site())).toBe(k(base));
    expect(k(site({ articles: editing("far", { data: { title: "Renamed" } }) }))).not.toBe(k(base));
    expect(k(site({ articles: editing("b", { data: { pubDate: day("2025-01-01") } }) }))).not.toBe(k(base));
    expect(k(site({ articles: [...baseArticles, { id: "new" }] }))).not.toBe(k(base));
  });

  it("change with the page's place in the list", () => {
    expect(articleListKey(base, "topic", page(base, 1, 2))).not.toBe(articleListKey(base, "topic", page(base, 1, 1)));
    expect(archivePageKey(base, page(base))).not.toBe(articleListKey(base, "topic", page(base)));
  });

  it("change with the title of the topic a card names", () => {
    const renamed = site({ topics: { t1: { title: "Renamed topic" } } });
    expect(articleListKey(renamed, "topic", page(renamed))).not.toBe(articleListKey(base, "topic", page(base)));
  });

  it("of the archive change when a kind comes into use anywhere, even off the page (its filters)", () => {
    const onePage = (s: typeof base) => ({ ...page(s), data: s.articles.filter((a) => a.slug === "a") });
    const withAnalysis = site({ articles: editing("far", { data: { kind: "analysis" } }) });
    expect(archivePageKey(withAnalysis, onePage(withAnalysis))).not.toBe(archivePageKey(base, onePage(base)));
    expect(archivePageKey(base, onePage(base), "news")).not.toBe(archivePageKey(base, onePage(base)));
  });

  it("of the sources index change when a citing article's title changes", () => {
    const sourcesPage = (s: typeof base) => ({
      currentPage: 1,
      lastPage: 1,
      total: 3,
      url: {},
      data: [...s.sources.values()],
    });
    const renamed = site({ articles: editing("b", { data: { title: "B renamed" } }) });
    expect(sourceListKey(renamed, sourcesPage(renamed))).not.toBe(sourceListKey(base, sourcesPage(base)));
    expect(sourceListKey(site(), sourcesPage(site()))).toBe(sourceListKey(base, sourcesPage(base)));
  });
});

describe("pageKey", () => {
  it("does not depend on the order of an object's fields", () => {
    expect(pageKey("x", { a: 1, b: { c: 2, d: 3 } })).toBe(pageKey("x", { b: { d: 3, c: 2 }, a: 1 }));
    expect(pageKey("x", { a: 1 })).not.toBe(pageKey("x", { a: 2 }));
  });
});
