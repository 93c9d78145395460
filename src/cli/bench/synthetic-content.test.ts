import { describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/content-check/problem.ts";
import { checkContent } from "../../lib/content-check/validate.ts";
import { generateSyntheticContent, SOURCES_PER_ARTICLE, TOPICS_PER_ARTICLE } from "./synthetic-content.ts";

const files = generateSyntheticContent({ articles: 60, seed: 7 });
const { problems, content } = checkContent(files);
const articles = [...content.articles.values()];

/** Words an editor wrote: the body without `<Cite />` tags and Markdown marks. */
const words = (body: string) =>
  body
    .replace(/<Cite[^>]*\/>/g, "")
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;

describe("generateSyntheticContent", () => {
  it("writes files that pass the content check", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.articles.size).toBe(60);
    expect(content.authors.size).toBe(1);
    expect(content.topics.size).toBe(12);
  });

  it("writes articles of about 800 words with both heading levels", () => {
    for (const article of articles) {
      expect(words(article.body)).toBeGreaterThan(700);
      expect(words(article.body)).toBeLessThan(900);
      expect(article.body).toMatch(/^## /m);
      expect(article.body).toMatch(/^### /m);
    }
  });

  it("cites five distinct generated sources per article, some twice", () => {
    for (const article of articles) {
      const cited = article.citations.map((c) => c.sourceId);
      expect(new Set(cited).size).toBe(SOURCES_PER_ARTICLE);
      expect(cited.length).toBeGreaterThan(SOURCES_PER_ARTICLE);
      expect(article.data.topics).toHaveLength(TOPICS_PER_ARTICLE);
    }
  });

  it("varies kinds, years and editors' picks", () => {
    expect(new Set(articles.map((a) => a.data.kind)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(articles.map((a) => a.data.pubDate.getUTCFullYear())).size).toBeGreaterThanOrEqual(5);
    expect(articles.some((a) => a.data.related.length > 0)).toBe(true);
  });

  it("links only to https sources, and dates nothing in the future", () => {
    for (const source of content.sources.values()) expect(source.data.url).toMatch(/^https:\/\/[\w.-]+\.example\./);
    for (const article of articles) expect(article.data.pubDate.getTime()).toBeLessThan(Date.now());
  });

  it("is deterministic for a seed", () => {
    expect(generateSyntheticContent({ articles: 60, seed: 7 })).toEqual(files);
    expect(generateSyntheticContent({ articles: 60, seed: 8 })).not.toEqual(files);
  });
});
