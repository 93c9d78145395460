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

  it("does not record page 2, 3... of lists, whose contents shift", () => {
    expect(
      newPermalinks(
        manifest,
        new Set(["/", "/archive/2/", "/topics/canada/3/", "/sources/2/", "/articles/2017/", "/articles/2017-report/"]),
      ),
    ).toEqual(["/articles/2017-report/", "/articles/2017/"]);
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
