import { describe, expect, it } from "vitest";
import { builtPages, isArticlePage } from "./built-site.ts";
import { dictionaryFor } from "../../src/i18n/index.ts";

const articles = (await builtPages()).filter(isArticlePage);

describe("an article's Sources list", () => {
  it.each(articles.map((p) => [p.file, p] as const))("%s: one entry per cited source, in order", (_, page) => {
    const cited = [...page.html.matchAll(/href="#(source-[^"]+)"[^>]*role="doc-noteref"/g)].map((m) => m[1]);
    const entries = [...page.html.matchAll(/<li id="(source-[^"]+)">/g)].map((m) => m[1]);
    // Numbered by first citation: the list is the cited sources in order of first mention.
    expect(entries.length).toBeGreaterThan(0);
    expect(entries).toEqual([...new Set(cited)]);
    // A date with its own full stop ("9 июня 2017 г.") is not followed by a second one.
    expect(page.html).not.toMatch(/\.<\/time>\./);
  });

  it.each(articles.map((p) => [p.file, p] as const))(
    "%s: says once when most sources were accessed, and only other dates per entry",
    (_, page) => {
      // In the page's own language: the note is the dictionary's, around the date.
      const { citations } = dictionaryFor(/<html lang="([^"]+)"/.exec(page.html)?.[1]);
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const [before, after] = citations.accessedNote("\u0000").split("\u0000").map(escape);
      const usual = new RegExp(`<p class="meta">${before}([^<]+)${after}</p>`).exec(page.html)?.[1];
      expect(usual).toBeDefined();
      const accessed = escape(citations.accessed);
      const own = [...page.html.matchAll(new RegExp(`\\(${accessed} <time[^>]*>([^<]+)</time>\\)`, "g"))].map(
        (m) => m[1],
      );
      expect(own).not.toContain(usual);
    },
  );
});
