/**
 * What a share image depends on besides its card. The cache keys on it, so a change to
 * any part (design, fonts, renderer packages) redraws every image.
 */
import { createRequire } from "node:module";
import { FONTS_IDENTITY } from "./fonts.ts";

/** Bump when a change in card.ts or render.ts draws the same card differently. */
export const RENDERER_VERSION = 1;

const require = createRequire(import.meta.url);
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

export const RENDERER_IDENTITY = [
  `v${RENDERER_VERSION}`,
  `satori@${versionOf("satori")}`,
  `resvg@${versionOf("@resvg/resvg-js")}`,
  `fonts@${FONTS_IDENTITY}`,
].join(":");
