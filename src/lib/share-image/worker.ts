/**
 * Worker thread entry: draws the given cards into the share-image cache. Satori runs
 * here, resvg and sharp on libuv's pool, so the main thread stays free for pages.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ShareCard } from "./card.ts";
import { ensureShareImage } from "./cache.ts";

const { cards, cacheDir, inFlight } = workerData as { cards: ShareCard[]; cacheDir: string; inFlight: number };

// A few cards at once: while one is laid out here, others rasterize on the pool.
let next = 0;
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (next < cards.length) await ensureShareImage(cards[next++]!, { cacheDir });
  }),
);
parentPort!.postMessage(cards.length);
