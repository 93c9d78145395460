import { describe, expect, it } from "vitest";
import { slugOf, slugify } from "./slug.ts";

describe("slugify", () => {
  it.each([
    ["Canada's response", "canadas-response"],
    ["Été 2017: Ottawa & the “secret” flights", "ete-2017-ottawa-and-the-secret-flights"],
    ["Straße, Łódź, Ærø", "strasse-lodz-aero"],
    ["Чечня: как это было", "chechnya-kak-eto-bylo"],
    ["  --Hello,   World!--  ", "hello-world"],
    ["🏳️‍🌈", ""],
  ])("%s -> %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts a long title at a word boundary within the limit", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)+word$/);
    expect(slugify("x".repeat(100), 20)).toBe("x".repeat(20));
  });
});

describe("slugOf", () => {
  it("is the file name without its folder or extension", () => {
    expect(slugOf("content/articles/2017/foo-bar.mdx")).toBe("foo-bar");
    expect(slugOf("content/sources/hrw.yaml")).toBe("hrw");
  });
  it("turns an accented file name into the slug an editor is told to use", () => {
    expect(slugify(slugOf("content/articles/Été-à-Ottawa.mdx"))).toBe("ete-a-ottawa");
    expect(slugify(slugOf("content/articles/Грозный-2017.mdx"))).toBe("grozniy-2017");
  });
});
