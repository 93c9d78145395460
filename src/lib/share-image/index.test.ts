import { describe, expect, it } from "vitest";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./index.ts";
import { paths } from "../urls.ts";

describe("share image paths", () => {
  it("puts each article's card next to it, at the size link previews expect", () => {
    expect(paths.shareImage("what-happened")).toBe("/articles/what-happened/share.png");
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });
});
