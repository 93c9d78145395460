/**
 * Share images (Open Graph cards) of articles, drawn at build time. This module is what
 * pages import for their meta tags, so it loads no fonts or renderer: drawing is in
 * ./cache.ts (and ./background.ts for builds).
 */

export type { ShareCard } from "./card.ts";

/** The size Facebook, LinkedIn and X expect for a large card (1.91:1). */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
