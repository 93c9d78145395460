import type { AstroIntegration } from "astro";
import { copyFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import { articleShareCard } from "../data/share-cards.ts";
import { drawInBackground } from "../lib/share-image/background.ts";
import { cachedShareImagePath, defaultCacheDir, shareImage } from "../lib/share-image/cache.ts";
import type { ShareCard } from "../lib/share-image/index.ts";
import { ARTICLES_DIR, paths } from "../lib/urls.ts";
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
        cards = new Map(contentSnapshot().articles.map((article) => [article.slug, articleShareCard(article.data)]));
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
        const articlesDir = join(fileURLToPath(dir), ARTICLES_DIR);
        const articles = contentSnapshot().bySlug;
        // No article published yet (all drafts, say): no articles folder, nothing to copy.
        const built = await readdir(articlesDir).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return [];
          throw error;
        });
        // The redirect page of a renamed article's old slug has no image of its own.
        const published = built.filter((slug) => articles.has(slug));
        // Several copies in flight: one at a time, 3,000 images took 2 s of waiting on the disk.
        const limit = pLimit(16);
        await Promise.all(
          published.map((slug) =>
            limit(async () => {
              const card = cards.get(slug) ?? articleShareCard(articles.get(slug)!.data);
              // An article published after the build started has no card drawn yet: draw it now.
              if (!cards.has(slug)) await shareImage(card);
              await copyFile(cachedShareImagePath(card), join(fileURLToPath(dir), paths.shareImage(slug)));
            }),
          ),
        );
        const written = published.length;
        logger.info(
          `${written} share images: drawn in ${drawSeconds.toFixed(1)}s on a worker alongside the build, ` +
            `which then waited ${(waited / 1000).toFixed(1)}s for it`,
        );
      },
    },
  };
}
