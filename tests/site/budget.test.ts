import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { builtPages, isArticlePage } from "./built-site.ts";

const KB = 1024;
/** One TCP round trip (10 packets): what arrives before the reader waits again. */
const FIRST_RESPONSE = 14 * KB;
const PAGE_WEIGHT = 50 * KB;

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const articles = (await builtPages()).filter(isArticlePage);

describe("article page budget", () => {
  const sizes = articles.map((page) => {
    const readable = page.html.slice(0, page.html.indexOf('<section class="sources"'));
    return { page: page.file, readable: gz(readable), whole: gz(page.html), raw: page.html.length };
  });

  it("prints each article's size (gzip)", () => {
    const largest = [...sizes].sort((a, b) => b.whole - a.whole)[0]!;
    console.log(
      sizes
        .map(
          (s) =>
            `${s.page}: readable part ${(s.readable / KB).toFixed(1)} KB, whole page ${(s.whole / KB).toFixed(1)} KB gzip (${(s.raw / KB).toFixed(0)} KB raw)`,
        )
        .join("\n") + `\nlargest: ${largest.page} ${(largest.whole / KB).toFixed(1)} KB gzip`,
    );
    expect(sizes.length).toBeGreaterThan(0);
  });

  it.each(sizes.map((s) => [s.page, s] as const))(
    "%s: the whole page (head, CSS, text, sources, structured data) arrives in the first 14 KB",
    (_, size) => {
      expect(
        size.whole,
        `${size.page} is ${size.whole} bytes gzip; the budget is ${FIRST_RESPONSE}`,
      ).toBeLessThanOrEqual(FIRST_RESPONSE);
    },
  );

  it.each(articles.map((p) => [p.file, p] as const))(
    "%s: no script needed to read, no external CSS, under 50 KB in all",
    (_, page) => {
      // The one script enhances the share buttons: a module (deferred, so it never holds up
      // the text), loaded from its own file so the first response carries only what reading
      // needs. The browser tests read every article with JavaScript turned off.
      const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        (m) => !m[1]!.includes("ld+json"),
      );
      for (const [, attrs, body] of scripts) {
        expect(attrs).toContain('type="module"');
        expect(attrs).toMatch(/src="\/_astro\/[^"]+\.js"/);
        expect(body).toBe("");
      }
      expect(page.html).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(gz(page.html)).toBeLessThan(PAGE_WEIGHT);
    },
  );
});

describe("content security policy", async () => {
  const pages = await builtPages();
  it.each(pages.map((p) => [p.file, p] as const))("%s carries a strict CSP", (_, page) => {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(page.html).toMatch(/<meta name="referrer" content="no-referrer">/);
  });

  // The policy is narrowed to each page's own code after the build: check nothing it needs was cut.
  it.each(pages.map((p) => [p.file, p] as const))(
    "%s: its CSP allows each of its inline styles and scripts",
    (_, page) => {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)![1]!;
      const inline = [...page.html.matchAll(/<(style|script)\b([^>]*)>([\s\S]*?)<\/\1>/g)].filter(
        ([, tag, attrs]) => !/\ssrc=/.test(attrs!) && !(tag === "script" && /application\/ld\+json/.test(attrs!)),
      );
      for (const [, tag, , body] of inline) {
        const hash = `'sha256-${createHash("sha256").update(body!).digest("base64")}'`;
        expect(policy, `${tag} of ${page.file}`).toMatch(
          new RegExp(`${tag}-src [^;]*${hash.replace(/[+/=]/g, "\\$&")}`),
        );
      }
    },
  );
});
