import { describe, expect, it } from "vitest";
import { articleSchema, sourceSchema, topicSchema } from "./index.ts";

/** The schemas are plain zod: these run without Astro. */
const article = {
  title: "Title",
  description: "A dek that is comfortably longer than the fifty-character minimum.",
  kind: "news",
  pubDate: "2017-09-01",
  authors: ["staff"],
  topics: ["canadas-response"],
};

describe("articleSchema", () => {
  it("accepts a minimal article and fills defaults", () => {
    const data = articleSchema.parse(article);
    expect(data).toMatchObject({ draft: false, related: [], aliases: [], corrections: [] });
    expect(data.pubDate).toBeInstanceOf(Date);
  });

  it("rejects an updatedDate before pubDate, on that field", () => {
    const result = articleSchema.safeParse({ ...article, updatedDate: "2017-08-31" });
    expect(result.error?.issues[0]?.path).toEqual(["updatedDate"]);
  });

  it("rejects a date YAML would have coerced (a Date object, not a quoted string)", () => {
    const result = articleSchema.safeParse({ ...article, pubDate: new Date("2017-09-01") });
    expect(result.error?.issues[0]?.message).toMatch(/not in quotes/);
  });

  it("rejects an image without alt text and an image from another site", () => {
    expect(articleSchema.safeParse({ ...article, image: { src: "./images/a.jpg", alt: " " } }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, image: { src: "https://cdn.example/a.jpg", alt: "A" } }).success).toBe(
      false,
    );
    expect(articleSchema.safeParse({ ...article, image: { src: "./images/a.jpg", alt: "A" } }).success).toBe(true);
  });

  it("rejects unknown fields", () => {
    expect(articleSchema.safeParse({ ...article, tittle: "x" }).success).toBe(false);
  });
});

describe("sourceSchema", () => {
  const source = {
    title: "T",
    publisher: "P",
    url: "https://example.org/",
    accessed: "2026-11-01",
    type: "news",
    language: "en",
  };

  it("accepts https sources with or without a publication date", () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(
      sourceSchema.safeParse({ ...source, published: "2017-09-01", archiveUrl: "https://web.archive.org/x" }).success,
    ).toBe(true);
  });

  it.each(["http://example.org/", "javascript:alert(1)", "data:text/html,hi", "example.org"])(
    "rejects the URL %s",
    (url) => {
      expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
      expect(sourceSchema.safeParse({ ...source, archiveUrl: url }).success).toBe(false);
    },
  );
});

describe("topicSchema", () => {
  it("needs a title and a description", () => {
    expect(topicSchema.safeParse({ title: "T" }).success).toBe(false);
  });
});
