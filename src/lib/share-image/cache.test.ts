import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ensureShareImage, shareImage, shareImageKey, type ShareImageRenderer } from "./cache.ts";
import type { ShareCard } from "./card.ts";

const card: ShareCard = {
  title: "What happened in Chechnya in 2017",
  kind: "Explainer",
  date: "September 1, 2017",
  siteName: "Refuge North",
  lang: "en",
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A renderer that returns a PNG signature followed by the title, and counts its calls. */
function fakeRenderer(identity = "test-1") {
  const render = vi.fn(
    async (c: ShareCard) => new Uint8Array([...PNG_SIGNATURE, ...new TextEncoder().encode(c.title)]),
  );
  return { render, identity } satisfies ShareImageRenderer;
}

let cacheDir: string;
beforeEach(async () => {
  cacheDir = join(await mkdtemp(join(tmpdir(), "share-image-cache-")), "nested", "dir");
});
afterEach(async () => {
  await rm(join(cacheDir, "..", ".."), { recursive: true, force: true });
});

describe("shareImage", () => {
  it("draws on a miss and stores the PNG under the card's hash", async () => {
    const renderer = fakeRenderer();
    const png = await shareImage(card, { cacheDir, renderer });
    expect(renderer.render).toHaveBeenCalledOnce();
    expect(await readdir(cacheDir)).toEqual([`${shareImageKey(card, renderer.identity)}.png`]);
    expect(await readFile(join(cacheDir, `${shareImageKey(card, renderer.identity)}.png`))).toEqual(Buffer.from(png));
  });

  it("returns the cached bytes on a hit without drawing", async () => {
    const first = fakeRenderer();
    const png = await shareImage(card, { cacheDir, renderer: first });
    const second = fakeRenderer();
    const again = await shareImage({ ...card }, { cacheDir, renderer: second });
    expect(second.render).not.toHaveBeenCalled();
    expect(Buffer.from(again)).toEqual(Buffer.from(png));
  });

  it("draws again when the title changes", async () => {
    const renderer = fakeRenderer();
    await shareImage(card, { cacheDir, renderer });
    const png = await shareImage(
      { ...card, title: "What happened in Chechnya in 2017 and after" },
      { cacheDir, renderer },
    );
    expect(renderer.render).toHaveBeenCalledTimes(2);
    expect(new TextDecoder().decode(png.subarray(8))).toBe("What happened in Chechnya in 2017 and after");
    expect(await readdir(cacheDir)).toHaveLength(2);
  });

  it("draws again when the renderer's identity (design version, fonts) changes", async () => {
    await shareImage(card, { cacheDir, renderer: fakeRenderer("v1") });
    const v2 = fakeRenderer("v2");
    await shareImage(card, { cacheDir, renderer: v2 });
    expect(v2.render).toHaveBeenCalledOnce();
  });

  it("leaves no temporary files behind", async () => {
    const renderer = fakeRenderer();
    await Promise.all([shareImage(card, { cacheDir, renderer }), shareImage(card, { cacheDir, renderer })]);
    expect((await readdir(cacheDir)).filter((f) => !f.endsWith(".png"))).toEqual([]);
  });
});

describe("ensureShareImage", () => {
  it("draws a missing card, leaves a cached one alone, and draws again over a file that is not a PNG", async () => {
    const renderer = fakeRenderer();
    await ensureShareImage(card, { cacheDir, renderer });
    await ensureShareImage(card, { cacheDir, renderer });
    expect(renderer.render).toHaveBeenCalledTimes(1);
    const file = join(cacheDir, `${shareImageKey(card, renderer.identity)}.png`);
    await writeFile(file, "");
    await ensureShareImage(card, { cacheDir, renderer });
    expect(renderer.render).toHaveBeenCalledTimes(2);
    expect((await readFile(file)).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
});

describe("shareImageKey", () => {
  it("does not depend on the order of the card's fields", () => {
    const reordered: ShareCard = {
      lang: card.lang,
      siteName: card.siteName,
      date: card.date,
      kind: card.kind,
      title: card.title,
    };
    expect(shareImageKey(reordered, "x")).toBe(shareImageKey(card, "x"));
    expect(shareImageKey({ ...card, kind: "News" }, "x")).not.toBe(shareImageKey(card, "x"));
  });
});
