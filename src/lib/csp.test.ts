import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { headersFile, mergePolicies, narrowPagePolicy } from "./csp.ts";
import { redirectsFile } from "./redirects.ts";

describe("site-wide CSP header", () => {
  it("merges each page's policy without losing or duplicating sources", () => {
    const merged = mergePolicies([
      "default-src 'none'; style-src 'self' 'sha256-a'",
      "default-src 'none'; style-src 'self' 'sha256-a'; script-src 'self' 'sha256-b' 'wasm-unsafe-eval'",
    ]);
    expect(merged).toBe(
      "default-src 'none'; style-src 'self' 'sha256-a'; script-src 'self' 'sha256-b' 'wasm-unsafe-eval'",
    );
    expect(merged).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it("writes a _headers file with the policy and no referrer", () => {
    const file = headersFile("default-src 'none'");
    expect(file).toContain("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'");
    expect(file).toContain("Referrer-Policy: no-referrer");
  });
});

describe("redirectsFile", () => {
  it("sends every old slug to the article with a 301", () => {
    const file = redirectsFile(
      new Map([
        ["old-b", "new"],
        ["old-a", "new"],
      ]),
      (s) => `/articles/${s}/`,
    );
    expect(file).toBe("/articles/old-a/ /articles/new/ 301\n/articles/old-b/ /articles/new/ 301\n");
  });
});

describe("narrowPagePolicy", () => {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  const page = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>p{color:red}</style></head><body>${body}</body></html>`;

  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const script = "console.log(1)";
    const policy = `default-src 'none'; script-src 'self' ${sha(script)} ${sha("other()")}; style-src 'self' ${sha("p{color:red}")} ${sha("q{}")}`;
    const html = narrowPagePolicy(page(policy, `<script type="module">${script}</script>`));
    const kept = /content="([^"]+)"/.exec(html)![1]!;
    expect(kept).toContain(sha(script));
    expect(kept).toContain(sha("p{color:red}"));
    expect(kept).not.toContain(sha("other()"));
    expect(kept).not.toContain(sha("q{}"));
    expect(kept).toContain("default-src 'none'");
  });

  it("does not count data blocks such as JSON-LD as scripts, and keeps keywords", () => {
    const ld = '{"@type":"NewsArticle"}';
    const policy = `script-src 'self' 'wasm-unsafe-eval' ${sha(ld)}; style-src 'self' ${sha("p{color:red}")}`;
    const kept = /content="([^"]+)"/.exec(
      narrowPagePolicy(page(policy, `<script type="application/ld+json">${ld}</script>`)),
    )![1]!;
    expect(kept).not.toContain(sha(ld));
    expect(kept).toContain("'wasm-unsafe-eval'");
  });

  it("keeps the hash of any script type a browser checks, in any case of tag", () => {
    const rules = '{"prerender":[{"where":{"href_matches":"/*"}}]}';
    const policy = `script-src 'self' ${sha(rules)}; style-src 'self' ${sha("p{color:red}")}`;
    const html = page(policy, `<SCRIPT type="speculationrules">${rules}</SCRIPT>`);
    expect(/content="([^"]+)"/.exec(narrowPagePolicy(html))![1]).toContain(sha(rules));
  });

  it("leaves a page without a CSP meta unchanged", () => {
    expect(narrowPagePolicy("<p>hi</p>")).toBe("<p>hi</p>");
  });
});
