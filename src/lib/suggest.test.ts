import { describe, expect, it } from "vitest";
import { closest, editDistance, nearHint } from "./suggest.ts";

describe("suggestions for near misses", () => {
  it("measures edit distance", () => {
    expect(editDistance("bar-baz", "bar-bax")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("lists the closest known values first", () => {
    expect(closest("bar-baz", ["bar-bax", "foo", "bar-bazz", "quite-different"])).toEqual(["bar-bax", "bar-bazz"]);
    expect(closest("canada", ["canadas-response", "chechnya-purge"])).toEqual(["canadas-response"]);
  });

  it("says nothing when nothing is near", () => {
    expect(nearHint("zzz", ["canadas-response"], "slugs")).toBe("");
    expect(nearHint("bar-baz", ["bar-bax"], "slugs")).toBe(' Known slugs near it: "bar-bax".');
  });
});
