import { describe, expect, it } from "vitest";
import { pageMetaTags } from "./page-meta.ts";

const base = {
  url: "https://example.org/articles/a/",
  title: "Title",
  description: "Dek",
  siteName: "Refuge North",
  locale: "en_CA",
  image: { url: "https://example.org/articles/a/share.png", width: 1200, height: 630, alt: "Title" },
};
const find = (tags: ReturnType<typeof pageMetaTags>, key: string) =>
  tags.filter((t) => t.key === key).map((t) => t.content);

describe("pageMetaTags", () => {
  it("describes an article for Open Graph and Twitter cards", () => {
    const tags = pageMetaTags({
      ...base,
      article: {
        published: "2017-09-01T00:00:00-04:00",
        modified: "2017-09-02T00:00:00-04:00",
        section: "Canada",
        tags: ["A", "B"],
      },
    });
    expect(find(tags, "og:type")).toEqual(["article"]);
    expect(find(tags, "og:image:width")).toEqual(["1200"]);
    expect(find(tags, "article:tag")).toEqual(["A", "B"]);
    expect(find(tags, "article:modified_time")).toEqual(["2017-09-02T00:00:00-04:00"]);
    expect(find(tags, "twitter:card")).toEqual(["summary_large_image"]);
    expect(tags.find((t) => t.key === "twitter:card")?.attribute).toBe("name");
  });

  it("describes other pages as a website, without article tags", () => {
    const tags = pageMetaTags(base);
    expect(find(tags, "og:type")).toEqual(["website"]);
    expect(tags.some((t) => t.key.startsWith("article:"))).toBe(false);
  });
});
