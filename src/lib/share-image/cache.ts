/**
 * A disk cache for share images: drawing one takes tens of milliseconds, so a rebuild
 * only draws the cards whose text, design or fonts changed.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { ShareCard } from "./card.ts";
import { RENDERER_IDENTITY } from "./version.ts";
import { deploySettings } from "../../settings.ts";

export interface ShareImageRenderer {
  render: (card: ShareCard) => Promise<Uint8Array<ArrayBuffer>>;
  /** Changes whenever the same card would be drawn differently (design version, fonts). */
  identity: string;
}

export interface ShareImageOptions {
  cacheDir?: string;
  renderer?: ShareImageRenderer;
}

export const defaultRenderer: ShareImageRenderer = {
  // Loaded on the first miss, so a build with every image cached never loads satori.
  render: async (card) => (await import("./render.ts")).renderShareImage(card),
  identity: RENDERER_IDENTITY,
};

/** Share images live in Astro's cache folder, so keeping that folder between builds keeps them. */
export const shareImageCacheDir = (astroCacheDir: string) => join(astroCacheDir, "share-images");

/** The dev server's cache: the project's cacheDir, read from the working directory Astro runs in. */
export const defaultCacheDir = () => shareImageCacheDir(resolve(process.cwd(), deploySettings().cacheDir));

export function shareImageKey(card: ShareCard, identity: string): string {
  // Fields listed one by one so the key does not depend on the order the card was built in.
  const { title, kind, date, siteName, lang } = card;
  return createHash("sha256")
    .update(JSON.stringify({ card: { title, kind, date, siteName, lang }, renderer: identity }))
    .digest("hex");
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (bytes: Uint8Array) => bytes.length > 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

async function readCached(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  try {
    const bytes = await readFile(file);
    // A file that is not a PNG (emptied by a full disk or by hand) is drawn again, not served.
    return isPng(bytes) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Writes to a temporary file and renames it, so no reader ever sees half an image. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Where the card's PNG is (or will be) kept in the cache. */
export const cachedShareImagePath = (card: ShareCard, options: ShareImageOptions = {}) =>
  join(
    options.cacheDir ?? defaultCacheDir(),
    `${shareImageKey(card, (options.renderer ?? defaultRenderer).identity)}.png`,
  );

async function drawAndStore(card: ShareCard, file: string, renderer: ShareImageRenderer) {
  const png = await renderer.render(card);
  await mkdir(dirname(file), { recursive: true });
  await writeAtomically(file, png);
  return png;
}

/** The card's PNG: from the cache when this card was drawn before, else drawn and stored. */
export async function shareImage(card: ShareCard, options: ShareImageOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const file = cachedShareImagePath(card, options);
  return (await readCached(file)) ?? drawAndStore(card, file, options.renderer ?? defaultRenderer);
}

/** Whether the file starts as a PNG does, reading only those bytes. */
async function startsAsPng(file: string): Promise<boolean> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(
      Buffer.alloc(PNG_SIGNATURE.length + 1),
      0,
      PNG_SIGNATURE.length + 1,
      0,
    );
    return isPng(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Makes sure the card is in the cache, as shareImage does, without reading a cached PNG
 * whole: a build checks every article's card, and reading 10,000 of them took longer than
 * drawing the one that changed.
 */
export async function ensureShareImage(card: ShareCard, options: ShareImageOptions = {}): Promise<void> {
  const file = cachedShareImagePath(card, options);
  if (!(await startsAsPng(file))) await drawAndStore(card, file, options.renderer ?? defaultRenderer);
}
