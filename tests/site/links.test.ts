import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { builtPages, distDir } from "./built-site.ts";

/*
 * A crawl of dist/ itself: Astro writes every attribute double-quoted, so a small
 * pattern reads links reliably, and checking files is far faster than a server crawl.
 */
const pages = await builtPages();
const ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const idsByPath = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(ID)].map((m) => m[1]!))]));

function targetExists(path: string): boolean {
  if (idsByPath.has(path)) return true;
  const file = decodeURIComponent(path).replace(/^\//, "");
  return existsSync(`${distDir}${file}`) || existsSync(`${distDir}${file}/index.html`);
}

describe("links in the built site", () => {
  it.each(pages.map((p) => [p.file, p] as const))(
    "%s: internal links and #fragments resolve, external links are https",
    (_, page) => {
      const broken: string[] = [];
      for (const [, attribute, value] of page.html.matchAll(ATTRIBUTE)) {
        const raw = value!.replaceAll("&amp;", "&");
        if (/^(mailto:|data:)/.test(raw)) continue;
        const url = new URL(raw, `https://site.invalid${page.path}`);
        if (url.host !== "site.invalid") {
          if (url.protocol !== "https:") broken.push(`${attribute}="${raw}" is not https`);
          if (attribute === "src") broken.push(`src="${raw}" loads from another origin`);
          continue;
        }
        if (!targetExists(url.pathname)) broken.push(`${raw}: no such page or file`);
        else if (url.hash && !idsByPath.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${raw}: no element with id "${url.hash.slice(1)}" on ${url.pathname}`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it.each(pages.map((p) => [p.file, p] as const))("%s: its share image is served by the site", (_, page) => {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(page.html)?.[1];
    expect(image).toBeDefined();
    expect(targetExists(new URL(image!).pathname), `${image} is not in dist/`).toBe(true);
  });

  it("has links to check", () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.some((p) => p.html.includes('href="#source-'))).toBe(true);
  });
});
