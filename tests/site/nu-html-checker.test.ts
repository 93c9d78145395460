import { describe, expect, it } from "vitest";
import { builtPages, distDir } from "./built-site.ts";
import { nuHtmlErrors } from "./nu-html-checker.ts";

describe("the W3C Nu HTML Checker", () => {
  it("finds no error in any page of dist/", async () => {
    expect((await builtPages()).length).toBeGreaterThan(10);
    expect(await nuHtmlErrors(distDir)).toEqual([]);
  });
});
