import { describe, expect, it } from "vitest";
import { ARTICLE_CHUNKS, articleChunk } from "./article-chunks.ts";

describe("articleChunk", () => {
  it("puts article modules in one of a fixed number of chunks, the same one every time", () => {
    const id = "/site/content/articles/how-canada-helped.mdx";
    expect(articleChunk(id)).toMatch(/^articles-\d+$/);
    expect(articleChunk(id)).toBe(articleChunk(id));
    expect(articleChunk(`${id}?astroPropagatedAssets`)).toBe(articleChunk(id));
  });

  it("spreads many articles over all the chunks, none with a large share", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const chunk = articleChunk(`/site/content/articles/story-number-${i}.mdx`)!;
      counts.set(chunk, (counts.get(chunk) ?? 0) + 1);
    }
    expect(counts.size).toBe(ARTICLE_CHUNKS);
    expect(Math.max(...counts.values())).toBeLessThan((3000 / ARTICLE_CHUNKS) * 1.5);
  });

  it("leaves every other module to the bundler", () => {
    expect(articleChunk("/site/src/components/Cite.astro")).toBeUndefined();
    expect(articleChunk("/site/content/sources/hrw.yaml")).toBeUndefined();
    expect(articleChunk("/site/src/pages/articles/[slug].astro")).toBeUndefined();
    expect(articleChunk("/site/content/articles-archive/old.mdx")).toBeUndefined();
  });

  it("ignores the bundler's own second argument", () => {
    const id = "/site/content/articles/a.mdx";
    const call = articleChunk as (id: string, api: object) => string | undefined;
    expect(call(id, { getModuleInfo: () => null })).toBe(articleChunk(id));
    expect(articleChunk(id)).not.toContain("NaN");
  });

  it("reads Windows paths too", () => {
    expect(articleChunk("C:\\site\\content\\articles\\a.mdx")).toBe(articleChunk("/site/content/articles/a.mdx"));
  });
});
