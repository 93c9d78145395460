import { describe, expect, it } from "vitest";
import { isStale, versionOf } from "./translations.ts";

const day = (iso: string) => new Date(`${iso}T05:00:00Z`);

describe("translations and their originals", () => {
  it("take an original's version from its last substantive update, else its publication", () => {
    expect(versionOf({ pubDate: day("2026-11-01") })).toEqual(day("2026-11-01"));
    expect(versionOf({ pubDate: day("2026-11-01"), updatedDate: day("2026-12-01") })).toEqual(day("2026-12-01"));
  });

  it("call a translation stale only once its original is updated after the version translated", () => {
    const original = { pubDate: day("2026-11-01"), updatedDate: day("2026-12-01") };
    expect(isStale({ translatedFrom: day("2026-12-01") }, original)).toBe(false);
    expect(isStale({ translatedFrom: day("2026-11-01") }, original)).toBe(true);
    expect(isStale({ translatedFrom: day("2026-11-01") }, { pubDate: day("2026-11-01") })).toBe(false);
  });
});
