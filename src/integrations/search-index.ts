import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { ARTICLES_DIR, pathsFor } from "../lib/urls.ts";
import { EDITION_LANGS } from "../i18n/index.ts";

/**
 * Indexes the built pages with Pagefind (only the parts marked data-pagefind-body:
 * articles, and the timeline, resources and sources pages) and writes the index and its
 * loader into dist/pagefind/, so search is served by the site itself.
 */
const SEARCHABLE = [
  `${ARTICLES_DIR}/*/index.html`,
  "timeline/index.html",
  "resources/index.html",
  "sources/**/index.html",
  // Each edition's articles and directory; Pagefind keeps one index per <html lang>.
  ...EDITION_LANGS.flatMap((lang) => [
    `${pathsFor(lang).article("*").slice(1)}index.html`,
    `${pathsFor(lang).resources().slice(1)}index.html`,
  ]),
];
export function searchIndex(): AstroIntegration {
  return {
    name: "refuge-north:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        // Only these pages carry data-pagefind-body: reading the others would find nothing.
        let pageCount = 0;
        for (const glob of SEARCHABLE) {
          const added = await index.addDirectory({ path: distDir, glob });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
          pageCount += added.page_count;
        }
        const written = await index.writeFiles({ outputPath: `${distDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`search index: ${pageCount} pages`);
      },
    },
  };
}
