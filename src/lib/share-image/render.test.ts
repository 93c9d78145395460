import { describe, expect, it } from "vitest";
import type { ShareCard } from "./card.ts";
import { renderShareImage } from "./render.ts";

const card: ShareCard = {
  title: "How Canada brought survivors of the Chechnya purge to safety",
  kind: "Explainer",
  date: "November 24, 2026",
  siteName: "Refuge North",
  lang: "en",
};

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("renderShareImage", () => {
  it("draws a 1200x630 PNG", async () => {
    expect(pngSize(await renderShareImage(card))).toEqual({ width: 1200, height: 630 });
  });

  it("draws a title at the schema's 110-character limit, and one far beyond it", async () => {
    const longest = "A".repeat(9) + " Canada's secret heroes".repeat(5) + " and the survivors of Chechnya's purge";
    expect(longest.length).toBeGreaterThanOrEqual(110);
    expect(pngSize(await renderShareImage({ ...card, title: longest.slice(0, 110) }))).toEqual({
      width: 1200,
      height: 630,
    });
    expect(pngSize(await renderShareImage({ ...card, title: "Unbroken".repeat(80) }))).toEqual({
      width: 1200,
      height: 630,
    });
  });

  // Missing glyphs are all drawn as the same box, so two titles of different letters
  // only differ when the letters have glyphs.
  it("draws Cyrillic titles with real glyphs", async () => {
    const russian = { ...card, title: "Как Канада приняла беженцев из Чечни", lang: "ru" };
    const [a, b] = await Promise.all([
      renderShareImage(russian),
      renderShareImage({ ...russian, title: russian.title.replaceAll("а", "ж") }),
    ]);
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it("draws Latin letters beyond Western European ones (latin-ext)", async () => {
    const [a, b] = await Promise.all([
      renderShareImage({ ...card, title: "Łódź ŁŁŁ" }),
      renderShareImage({ ...card, title: "Łódź ĦĦĦ" }),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
