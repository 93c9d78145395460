import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, distDir, isArticlePage, isRedirectPage } from "./built-site.ts";

const pages = await builtPages();
const articles = pages.filter(isArticlePage);
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe("feeds carry the full text", async () => {
  const rss = await readFile(join(distDir, "rss.xml"), "utf8");
  const json = JSON.parse(await readFile(join(distDir, "feed.json"), "utf8"));

  it("RSS: every item has content:encoded, dc:creator and an image; the channel a lastBuildDate", () => {
    const items = rss.split("<item>").slice(1);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatch(/<content:encoded>&lt;p&gt;/);
      expect(item).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
      expect(item).toMatch(/<media:content url="https:\/\/[^"]+\/share\.png" medium="image"/);
    }
    expect(rss).toMatch(/<lastBuildDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4}/);
  });

  it("JSON Feed: each item's text as HTML, with citations linked to the Sources list on the site", () => {
    for (const item of json.items) {
      expect(item.content_html.length).toBeGreaterThan(item.summary.length * 5);
      expect(item.image).toMatch(/^https:\/\/.+\/share\.png$/);
      expect(item.content_html).toContain(`href="${item.url}#source-`);
      // A feed reader shows the text away from the site: no relative links.
      expect(item.content_html).not.toMatch(/(?:href|src)="(?:\/(?!\/)|#)/);
    }
  });

  it("a fact check's verdicts travel with its text, in the page's words", () => {
    const factChecks = json.items.filter((item: { content_html: string }) => item.content_html.includes("Verdict: "));
    expect(factChecks.length).toBeGreaterThan(0);
    for (const item of factChecks) {
      const verdicts = [...item.content_html.matchAll(/Verdict: <strong[^>]*>([^<]+)<\/strong>/g)].map((m) => m[1]);
      expect(verdicts.length).toBeGreaterThan(0);
      const page = articles.find((p) => item.url.endsWith(p.path))!;
      for (const verdict of verdicts) expect(page.html).toContain(`>${verdict}</strong>`);
      // Feed readers get no site CSS: the badge's style stays on the site.
      expect(item.content_html).not.toContain("<style");
    }
  });

  it("the feed text is the page's text", async () => {
    const item = json.items[0];
    const page = articles.find((p) => item.url.endsWith(p.path))!;
    const firstWords = /<p>([^<]{40})/.exec(item.content_html)![1]!;
    expect(page.html).toContain(firstWords);
  });
});

describe("old addresses of renamed articles", () => {
  const aliases = pages.filter((p) => p.path.startsWith("/articles/") && isRedirectPage(p.html));

  it.each(aliases.map((p) => [p.path, p] as const))(
    "%s unfurls as its article: title, description, image and canonical link",
    (_, alias) => {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(alias.html)![1]!;
      const target = articles.find((p) => canonical.endsWith(p.path));
      expect(target, canonical).toBeDefined();
      for (const key of ["og:title", "og:description", "og:image", "og:url", "twitter:image"]) {
        expect(meta(alias.html, key), key).toBe(meta(target!.html, key));
      }
      expect(/<title>([^<]+)<\/title>/.exec(alias.html)![1]).toBe(/<title>([^<]+)<\/title>/.exec(target!.html)![1]);
      expect(alias.html).toMatch(/<meta name="robots" content="noindex">/);
    },
  );
});
