import { describe, expect, it } from "vitest";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath } from "./index.ts";

describe("share image paths", () => {
  it("points at the endpoint in src/pages/articles/[slug]/share.png.ts", () => {
    expect(shareImagePath("what-happened")).toBe("/articles/what-happened/share.png");
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });
});
