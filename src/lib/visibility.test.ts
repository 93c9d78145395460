import { describe, expect, it } from "vitest";
import { isUnpublished, isVisible } from "./visibility.ts";

const now = new Date("2026-11-26T12:00:00Z");
const past = new Date("2026-11-25T05:00:00Z");
const future = new Date("2026-11-27T05:00:00Z");

describe("which articles a build shows", () => {
  it("publishes past, non-draft articles", () => {
    expect(isVisible({ draft: false, pubDate: past }, { preview: false, now })).toBe(true);
  });

  it("leaves drafts and future articles out of the production build", () => {
    expect(isVisible({ draft: true, pubDate: past }, { preview: false, now })).toBe(false);
    expect(isVisible({ draft: false, pubDate: future }, { preview: false, now })).toBe(false);
  });

  it("publishes an article at the very moment it is dated, not a moment later", () => {
    expect(isVisible({ draft: false, pubDate: now }, { preview: false, now })).toBe(true);
    expect(isUnpublished({ draft: false, pubDate: now }, now)).toBe(false);
    const justAfter = new Date(now.getTime() + 1);
    expect(isVisible({ draft: false, pubDate: justAfter }, { preview: false, now })).toBe(false);
  });

  it("shows them in preview, marked as unpublished", () => {
    expect(isVisible({ draft: true, pubDate: future }, { preview: true, now })).toBe(true);
    expect(isUnpublished({ draft: true, pubDate: past }, now)).toBe(true);
    expect(isUnpublished({ draft: false, pubDate: future }, now)).toBe(true);
    expect(isUnpublished({ draft: false, pubDate: past }, now)).toBe(false);
  });
});
