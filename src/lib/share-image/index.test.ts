import { describe, expect, it } from "vitest";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./index.ts";
import { paths } from "../urls.ts";

describe("share image paths", () => {
  it("points at the endpoint in src/pages/articles/[slug]/share.png.ts", () => {
    expect(paths.shareImage("what-happened")).toBe("/articles/what-happened/share.png");
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });
});
