import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { checkContentDir } from "../../src/lib/content-check/read.ts";
import { formatProblem } from "../../src/lib/content-check/problem.ts";
import { numberCitations } from "../../src/lib/citations.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { problems, content } = await checkContentDir(root);

describe("the site's real content", () => {
  it("passes every schema and cross-reference check", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each([...content.articles.values()].map((a) => [a.slug, a] as const))(
    "%s cites sources and links related stories",
    (_, article) => {
      const { sources } = numberCitations(article.citations);
      expect(sources.length).toBeGreaterThan(3);
      for (const { sourceId } of sources) expect(content.sources.has(sourceId)).toBe(true);
      expect(article.data.related.length).toBeGreaterThan(0);
      expect(article.data.authors).toEqual(["staff"]);
    },
  );

  it("links only to https sources", () => {
    for (const source of content.sources.values()) expect(new URL(source.data.url).protocol).toBe("https:");
  });
});
