import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { ARTICLES_DIR } from "../lib/urls.ts";

/**
 * Indexes the built pages with Pagefind (only the parts marked data-pagefind-body,
 * i.e. articles) and writes the index and its loader into dist/pagefind/, so
 * search is served by the site itself.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "refuge-north:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        // Only articles carry data-pagefind-body: reading the other pages would find nothing.
        const added = await index.addDirectory({ path: distDir, glob: `${ARTICLES_DIR}/*/index.html` });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${distDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
