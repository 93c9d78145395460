import type { AstroIntegration } from "astro";
import { existsSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import { shareCardsOf } from "../data/share-cards.ts";
import { drawInBackground } from "../lib/share-image/background.ts";
import { cachedShareImagePath, defaultCacheDir } from "../lib/share-image/cache.ts";
import type { ShareCard } from "../lib/share-image/index.ts";
import { paths } from "../lib/urls.ts";
import { contentSnapshot } from "./content-check.ts";

/**
 * Each article's share image (/articles/<slug>/share.png). In a build they are drawn on a
 * worker thread from the moment the build starts, while Astro bundles and renders pages
 * on the main thread, then written next to their articles. As an Astro route they were
 * drawn one after another on the main thread: 45 ms a card, 60% of a cold build.
 * The dev server draws a card on request instead (src/routes/article-share-image.ts).
 */
export function shareImages(): AstroIntegration {
  let cards = new Map<string, ShareCard>();
  let drawing: Promise<number> | undefined;
  let drawSeconds = 0;
  return {
    name: "refuge-north:share-images",
    hooks: {
      "astro:config:setup": ({ command, injectRoute }) => {
        if (command !== "dev") return;
        injectRoute({
          pattern: paths.shareImage("[slug]"),
          entrypoint: new URL("../routes/article-share-image.ts", import.meta.url),
        });
      },
      "astro:build:start": () => {
        cards = shareCardsOf(contentSnapshot());
        const started = performance.now();
        drawing = drawInBackground([...cards.values()], defaultCacheDir()).then((count) => {
          drawSeconds = (performance.now() - started) / 1000;
          return count;
        });
        // Awaited (and so reported) in build:done; until then a failure must not count as
        // unhandled, which would end the process mid-build without saying why.
        drawing.catch(() => {});
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        await drawing;
        const waited = performance.now() - started;
        const distDir = fileURLToPath(dir);
        // Each card next to its page; a page that was not built (published after the
        // build started) has no folder, and so no card.
        const limit = pLimit(16);
        const written = await Promise.all(
          [...cards].map(([path, card]) =>
            limit(async () => {
              const target = join(distDir, path);
              if (!existsSync(dirname(target))) return 0;
              await copyFile(cachedShareImagePath(card), target);
              return 1;
            }),
          ),
        ).then((copied) => copied.reduce<number>((sum, n) => sum + n, 0));
        logger.info(
          `${written} share images: drawn in ${drawSeconds.toFixed(1)}s on a worker alongside the build, ` +
            `which then waited ${(waited / 1000).toFixed(1)}s for it`,
        );
      },
    },
  };
}
