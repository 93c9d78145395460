import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { builtPages, distDir, isArticlePage } from "./built-site.ts";
import { FIRST_FLIGHT, KB, firstFlight, gzipSize, openingIn } from "./page-budget.ts";

/** The whole page, fonts and scripts included, even for a 3,000-word investigation. */
const PAGE_WEIGHT = 60 * KB;
/** The opening a reader sees before the browser waits for a second round trip. */
const FIRST_PARAGRAPHS = 3;

const articles = (await builtPages()).filter(isArticlePage);

describe("article page budget", () => {
  const sizes = articles.map((page) => {
    const first = firstFlight(page.html);
    return {
      page: page.file,
      whole: gzipSize(page.html),
      raw: page.html.length,
      opening: openingIn(first),
      paragraphs: openingIn(page.html).paragraphs,
      firstRaw: first.length,
    };
  });

  it("prints each article's size and what its first 14 KB carry", () => {
    console.log(
      sizes
        .map(
          (s) =>
            `${s.page}: ${(s.whole / KB).toFixed(1)} KB gzip (${(s.raw / KB).toFixed(0)} KB raw); ` +
            `first 14 KB: ${(s.firstRaw / KB).toFixed(0)} KB of HTML, ${s.opening.paragraphs} of ${s.paragraphs} paragraphs`,
        )
        .join("\n"),
    );
    expect(sizes.length).toBeGreaterThan(0);
  });

  it.each(sizes.map((s) => [s.page, s] as const))(
    "%s: the first 14 KB (gzip) carry the CSS, the masthead, the title, the dek and the first three paragraphs",
    (_, size) => {
      const { css, header, title, dek, paragraphs } = size.opening;
      expect({ css, header, title, dek }, size.page).toEqual({ css: true, header: true, title: true, dek: true });
      expect(paragraphs, `${size.page}: paragraphs complete in the first 14 KB`).toBeGreaterThanOrEqual(
        Math.min(FIRST_PARAGRAPHS, size.paragraphs),
      );
    },
  );

  it("the opening comes before the heavy parts: a long page still opens within 14 KB", () => {
    // The same check on a page padded far past 14 KB: what the template puts first must not
    // depend on the article being short.
    const page = articles.reduce((a, b) => (a.html.length > b.html.length ? a : b));
    const start = page.html.indexOf(">", page.html.indexOf('<div class="body"')) + 1;
    const firstParagraph = page.html.indexOf("</p>", start) + 4;
    // Paragraphs of the article's own words in a shuffled order (a seeded generator, so
    // the test is the same every run): text that compresses like prose, not like a repeat.
    const words = page.html
      .slice(start, page.html.indexOf('<section class="sources"'))
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/)
      .filter(Boolean);
    let seed = 1;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
    const filler = Array.from({ length: 300 }, () => `<p>${Array.from({ length: 60 }, pick).join(" ")}</p>`).join("");
    const long = page.html.slice(0, firstParagraph) + filler + page.html.slice(firstParagraph);
    expect(gzipSize(long)).toBeGreaterThan(2 * FIRST_FLIGHT);
    const opening = openingIn(firstFlight(long));
    expect(opening).toMatchObject({ css: true, header: true, title: true, dek: true });
    expect(opening.paragraphs).toBeGreaterThanOrEqual(FIRST_PARAGRAPHS);
    // A 3,000-word investigation: the longest article padded to that length with its own
    // words in random order (which compresses worse than prose), markers and all.
    const wordsNow = page.html
      .slice(start, page.html.indexOf('<section class="sources"'))
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/).length;
    const clusters = [
      ...page.html.matchAll(/<span class="cites"[\s\S]*?<\/span><\/span>|<span class="cites"[\s\S]*?<\/sup><\/span>/g),
    ].map((m) => m[0]);
    const extra = Array.from(
      { length: Math.ceil(Math.max(0, 3000 - wordsNow) / 60) },
      (_, i) =>
        `<p>${Array.from({ length: 60 }, pick).join(" ")}${clusters[i % Math.max(1, clusters.length)] ?? ""}</p>`,
    ).join("");
    const investigation = page.html.slice(0, firstParagraph) + extra + page.html.slice(firstParagraph);
    console.log(`a 3,000-word page: ${(gzipSize(investigation) / KB).toFixed(1)} KB gzip`);
    expect(gzipSize(investigation), "a 3,000-word page, gzip").toBeLessThan(PAGE_WEIGHT);
    // And the check bites: 20 KB of incompressible CSS pushes the opening out of the first flight.
    const noise = Array.from({ length: 20 * KB }, () =>
      String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26)),
    ).join("");
    const heavy = long.replace("</style>", `/*${noise}*/</style>`);
    expect(openingIn(firstFlight(heavy)).title).toBe(false);
  });

  it.each(articles.map((p) => [p.file, p] as const))(
    "%s: no script needed to read, no external CSS, under 60 KB in all with its scripts and fonts",
    async (_, page) => {
      // The scripts enhance the page (share buttons, exit shortcut): modules (deferred, so they
      // never hold up the text), loaded from their own files so the first response carries only
      // what reading needs. The browser tests read every article with JavaScript turned off.
      const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        (m) => !m[1]!.includes("ld+json"),
      );
      for (const [, attrs, body] of scripts) {
        expect(attrs).toContain('type="module"');
        expect(attrs).toMatch(/src="\/_astro\/[^"]+\.js"/);
        expect(body).toBe("");
      }
      expect(page.html).not.toMatch(/<link[^>]+rel="stylesheet"/);
      const assets = [
        ...scripts.map(([, attrs]) => /src="([^"]+)"/.exec(attrs!)![1]!),
        ...[...page.html.matchAll(/url\((\/[^)]+\.woff2)\)/g)].map((m) => m[1]!),
      ];
      let weight = gzipSize(page.html);
      for (const asset of new Set(assets)) weight += gzipSize(await readFile(join(distDir, asset)));
      expect(weight, `${page.file}: page, scripts and fonts in bytes gzip`).toBeLessThan(PAGE_WEIGHT);
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
