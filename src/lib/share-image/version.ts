/**
 * What a share image depends on besides its card. The cache keys on it, so a change to
 * any part (design, fonts, renderer packages) redraws every image.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FONTS_IDENTITY } from "./fonts.ts";

/** Bump when a change in card.ts or render.ts draws the same card differently. */
export const RENDERER_VERSION = 4;

const require = createRequire(import.meta.url);

/** A package's version, found from its entry point (some packages, like sharp, do not export package.json). */
function versionOf(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version: string };
    if (name === pkg) return version;
  }
  throw new Error(`no package.json found for ${pkg}`);
}

export const RENDERER_IDENTITY = [
  `v${RENDERER_VERSION}`,
  `satori@${versionOf("satori")}`,
  `resvg@${versionOf("@resvg/resvg-js")}`,
  `sharp@${versionOf("sharp")}`,
  `fonts@${FONTS_IDENTITY}`,
].join(":");
