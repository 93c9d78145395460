/**
 * What of an article page arrives in the first response. A server sends about 10 TCP
 * packets (14 KB) before it waits for the reader's first acknowledgement, so what those
 * bytes carry is what shows without another round trip.
 */
import { constants, gunzipSync, gzipSync } from "node:zlib";

export const KB = 1024;
export const FIRST_FLIGHT = 14 * KB;

export const gzipSize = (bytes: string | Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The page as a reader's browser has it after the first `bytes` of the gzipped response. */
export function firstFlight(html: string, bytes = FIRST_FLIGHT): string {
  const compressed = gzipSync(html, { level: 9 });
  // A cut stream: decode everything the bytes so far allow, as a browser does while loading.
  return gunzipSync(compressed.subarray(0, bytes), { finishFlush: constants.Z_SYNC_FLUSH }).toString("utf8");
}

export interface Opening {
  css: boolean;
  header: boolean;
  title: boolean;
  dek: boolean;
  /** Paragraphs of the article body complete in the text. */
  paragraphs: number;
}

/** Which parts of an article's opening a piece of its HTML contains, complete. */
export function openingIn(html: string): Opening {
  const body = html.indexOf('<div class="body"');
  // The body ends where the share links begin (or the article does).
  const ends = ['<section class="share"', "</article>"].map((tag) => html.indexOf(tag, body)).filter((i) => i > 0);
  const text = body < 0 ? "" : html.slice(body, ends.length ? Math.min(...ends) : undefined);
  const paragraphs = (text.match(/<\/p>/g) ?? []).length;
  return {
    css: /<style\b/.test(html) && !/<style\b(?![\s\S]*<\/style>)/.test(html),
    header: /<header class="site-header"[\s\S]*?<\/header>/.test(html),
    title: /<h1\b[\s\S]*?<\/h1>/.test(html),
    dek: /<p class="dek">[\s\S]*?<\/p>/.test(html),
    paragraphs,
  };
}
