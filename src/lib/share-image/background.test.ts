import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drawInBackground } from "./background.ts";
import { shareImageKey } from "./cache.ts";
import type { ShareCard } from "./card.ts";
import { RENDERER_IDENTITY } from "./version.ts";

const card = (title: string): ShareCard => ({
  title,
  kind: "News",
  date: "November 26, 2026",
  siteName: "Refuge North",
  lang: "en",
});

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "share-image-worker-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("drawInBackground", () => {
  it("draws every card into the cache on a worker thread, where the build will look for it", async () => {
    const cards = ["First story", "Second story", "Third story"].map(card);
    expect(await drawInBackground(cards, root)).toBe(3);
    const files = await readdir(root);
    for (const c of cards) expect(files).toContain(`${shareImageKey(c, RENDERER_IDENTITY)}.png`);
  }, 30_000);

  it("fails, rather than leaving cards undrawn, when the cache cannot be written", async () => {
    const blocked = join(root, "a-file");
    await writeFile(blocked, "not a directory");
    await expect(drawInBackground([card("Any story")], join(blocked, "cache"))).rejects.toThrow();
  }, 30_000);
});
