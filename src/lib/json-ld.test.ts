import { describe, expect, it } from "vitest";
import { articleJsonLd, breadcrumbJsonLd, serializeJsonLd, type ArticleLd } from "./json-ld.ts";

const org = { name: "Refuge North", url: "https://example.org/", logo: "https://example.org/logo.png" };
const hostile = "</script><script>alert(1)</script>";
const article: ArticleLd = {
  url: "https://example.org/articles/a/",
  headline: hostile,
  description: "A dek & <b>more</b>\u2028",
  kind: "analysis",
  image: "https://example.org/articles/a/share.png",
  datePublished: "2017-09-01T00:00:00-04:00",
  dateModified: "2017-09-02T00:00:00-04:00",
  authors: ["Refuge North staff"],
  section: "Canada's response",
  keywords: ["Canada's response"],
  lang: "en",
  citations: ["https://hrw.org/x"],
  corrections: [{ date: "2017-09-03", text: "An earlier version misstated a date." }],
  aboutUrl: "https://example.org/about/",
  siteUrl: "https://example.org/",
  siteName: "Refuge North",
};

describe("articleJsonLd", () => {
  const ld = articleJsonLd(article, org);

  it("uses the schema.org type of the kind and has the required properties", () => {
    expect(ld["@type"]).toBe("AnalysisNewsArticle");
    for (const key of ["headline", "description", "image", "datePublished", "dateModified", "author", "publisher"]) {
      expect(ld[key], key).toBeDefined();
    }
    expect(ld["publisher"]).toMatchObject({ "@type": "NewsMediaOrganization", logo: { url: org.logo } });
  });

  it("lists the article's sources as citations and its corrections", () => {
    expect(ld["citation"]).toEqual(["https://hrw.org/x"]);
    expect(ld["correction"]).toEqual([
      { "@type": "CorrectionComment", text: article.corrections[0]!.text, datePublished: "2017-09-03" },
    ]);
    expect(ld["publishingPrinciples"]).toBe(article.aboutUrl);
  });
});

describe("serializeJsonLd", () => {
  it("produces valid JSON that a hostile title cannot break out of", () => {
    const json = serializeJsonLd(articleJsonLd(article, org));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json).headline).toBe(hostile);
    expect(JSON.parse(json).description).toBe(article.description);
  });

  it("builds breadcrumbs with positions", () => {
    const crumbs = breadcrumbJsonLd([
      { name: "Home", url: "https://example.org/" },
      { name: "A", url: "https://example.org/a/" },
    ]);
    expect(JSON.parse(serializeJsonLd(crumbs)).itemListElement[1]).toEqual({
      "@type": "ListItem",
      position: 2,
      name: "A",
      item: "https://example.org/a/",
    });
  });
});
