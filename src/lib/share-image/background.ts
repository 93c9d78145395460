/**
 * Draws share cards into the cache on a worker thread, so they are drawn alongside the
 * rest of the build instead of one route at a time on the main thread.
 */
import { Worker } from "node:worker_threads";
// sharp's native library must be loaded by the main thread before a worker uses it: on
// glibc Linux a library first loaded by a worker can be unloaded when that worker exits
// (lovell/sharp#2263), crashing the build if anything draws a card afterwards.
import "sharp";
import type { ShareCard } from "./card.ts";

const WORKER = new URL("./worker.ts", import.meta.url);

/** Resolves with the number of cards once every one is in the cache; rejects on the first failure. */
export function drawInBackground(cards: ShareCard[], cacheDir: string, inFlight = 3): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { cards, cacheDir, inFlight } });
    let drawn: number | undefined;
    worker.once("message", (count: number) => (drawn = count));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code === 0 && drawn !== undefined) resolve(drawn);
      else reject(new Error(`the share-image worker stopped with exit code ${code}`));
    });
  });
}
