import { describe, expect, it } from "vitest";
import { formatManifest, missingPermalinks, newPermalinks, parseManifest } from "./permalinks.ts";

describe("permalink manifest", () => {
  const manifest = parseManifest("# comment\n/\n/articles/a/\n\n/articles/b/\n");

  it("reads paths and ignores comments and blank lines", () => {
    expect(manifest).toEqual(["/", "/articles/a/", "/articles/b/"]);
  });

  it("finds published URLs that would disappear", () => {
    expect(missingPermalinks(manifest, new Set(["/", "/articles/a/"]))).toEqual(["/articles/b/"]);
    expect(missingPermalinks(manifest, new Set(["/", "/articles/a/", "/articles/b/", "/articles/c/"]))).toEqual([]);
  });

  it("finds new URLs to record, and formats a sorted manifest that parses back", () => {
    const served = new Set(["/", "/articles/a/", "/articles/b/", "/articles/c/"]);
    expect(newPermalinks(manifest, served)).toEqual(["/articles/c/"]);
    expect(parseManifest(formatManifest([...manifest, "/articles/c/"]))).toEqual([
      "/",
      "/articles/a/",
      "/articles/b/",
      "/articles/c/",
    ]);
  });
});
