import { describe, expect, it } from "vitest";
import { headersFile, mergePolicies } from "./csp.ts";
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
