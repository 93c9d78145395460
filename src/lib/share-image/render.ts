/**
 * Draws a share card as a 1200x630 PNG: satori lays it out as SVG (text as paths),
 * resvg rasterizes it, sharp encodes the PNG. The cache imports this module only on a
 * miss: loading satori alone takes over 100 ms.
 */
import { renderAsync } from "@resvg/resvg-js";
import satori, { type SatoriNode } from "satori";
import sharp from "sharp";
import {
  cardElement,
  firstTitleSize,
  TITLE_BOX,
  TITLE_LINE_HEIGHT,
  TITLE_SIZES,
  TITLE_TEXT,
  type ShareCard,
  type TitleStyle,
} from "./card.ts";
import { FONTS } from "./fonts.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./index.ts";

// One card at a time per libvips call and no operation cache: cards are never alike, and
// the defaults (a thread per core, a 50 MB cache) only add memory to a busy build.
sharp.cache(false);
sharp.concurrency(1);

async function layout(card: ShareCard, title: TitleStyle): Promise<{ svg: string; fits: boolean; box: number }> {
  let box = Infinity;
  let text = 0;
  const svg = await satori(cardElement(card, title), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: FONTS,
    onNodeDetected: (node: SatoriNode) => {
      if (node.props["id"] === TITLE_BOX) box = node.height;
      if (node.props["id"] === TITLE_TEXT) text = node.height;
    },
  });
  return { svg, fits: text <= box, box };
}

/** Lays the card out with the largest title size whose text fits its box. */
async function fittedSvg(card: ShareCard): Promise<string> {
  let last: { svg: string; fits: boolean; box: number } | undefined;
  for (const fontSize of TITLE_SIZES.slice(firstTitleSize(card.title))) {
    last = await layout(card, { fontSize });
    if (last.fits) return last.svg;
  }
  // Not even the smallest size fits (a title far beyond the schema's limit): cut it.
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  const maxLines = Math.max(1, Math.floor((last?.box ?? 0) / Math.round(fontSize * TITLE_LINE_HEIGHT)));
  return (await layout(card, { fontSize, maxLines })).svg;
}

export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await fittedSvg(card);
  // Text is already paths: skipping system fonts keeps resvg fast and the output machine-independent.
  // Rasterizing and encoding run on libuv's thread pool, so while one card is laid out
  // the ones before it are rasterized and encoded (the worker keeps a few in flight).
  const rendered = await renderAsync(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  // Not resvg's asPng(): it encodes on the calling thread, 17 ms a card during which
  // nothing else is laid out. sharp encodes on the pool in 7 ms (zlib level 3: 49 KB, versus 41 KB at
  // level 6 for 5 ms more). A palette PNG would be half the size but quantizing costs 27 ms.
  const png = await sharp(rendered.pixels, {
    raw: { width: rendered.width, height: rendered.height, channels: 4 },
  })
    // The card is opaque: RGB, not RGBA, is a quarter less to compress and to send.
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
  return new Uint8Array(png);
}
