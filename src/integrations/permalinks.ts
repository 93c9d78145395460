import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { servedPaths } from "../lib/dist-pages.ts";
import { MANIFEST, missingPermalinks, newPermalinks, readManifest } from "../lib/permalinks.ts";

/** Fails the build when a URL the site once published no longer answers. */
export function permalinkGuard(): AstroIntegration {
  let root = "";
  return {
    name: "refuge-north:permalinks",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const manifest = await readManifest(root);
        const served = await servedPaths(fileURLToPath(dir));
        const missing = missingPermalinks(manifest, served);
        if (missing.length) {
          throw new Error(
            `${MANIFEST}: ${missing.length} published URL(s) no longer answer: ${missing.join(", ")}. ` +
              "Fix: when renaming an article, add its old slug to `aliases:` in the article's front matter; " +
              "do not unpublish a published URL.",
          );
        }
        const added = newPermalinks(manifest, served);
        if (added.length) logger.warn(`${added.length} new URL(s) not yet in ${MANIFEST}. Run: npm run permalinks`);
      },
    },
  };
}
