import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, readFile, readdir, rename, rm } from "node:fs/promises";
import { join, matchesGlob } from "node:path";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import * as pagefind from "pagefind";
import { listPages } from "../lib/dist-pages.ts";
import { elapsed } from "../lib/elapsed.ts";
import { ARTICLES_DIR, pathsFor } from "../lib/urls.ts";
import { EDITION_LANGS } from "../i18n/index.ts";

/** Pagefind's version, from its package.json next to lib/index.js (its exports do not list the file). */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }
).version;

/** A hash of every page Pagefind reads (path and bytes) and of Pagefind's version: same hash, same index. */
async function indexInputHash(distDir: string, pages: readonly string[]): Promise<string> {
  const limit = pLimit(16);
  const digests = await Promise.all(
    pages.map((page) =>
      limit(
        async () =>
          `${page}\n${createHash("sha256")
            .update(await readFile(join(distDir, page)))
            .digest("hex")}`,
      ),
    ),
  );
  return createHash("sha256")
    .update(JSON.stringify({ pagefind: PAGEFIND_VERSION, pages: digests }))
    .digest("hex");
}

/**
 * Indexes the built pages with Pagefind (only the parts marked data-pagefind-body:
 * articles, and the timeline, resources and sources pages) and writes the index and its
 * loader into dist/pagefind/, so search is served by the site itself. The index of the
 * last build is kept in Astro's cache folder with a hash of the pages it was made from: a
 * build whose searchable pages are byte for byte the same (a rebuild, a change to a list)
 * copies it instead of indexing every page again.
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
  let cacheDir = "";
  return {
    name: "refuge-north:search-index",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "search-index");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const outputPath = join(distDir, "pagefind");
        const searchable = (await listPages(distDir)).filter((page) =>
          SEARCHABLE.some((glob) => matchesGlob(page, glob)),
        );
        const hash = await indexInputHash(distDir, searchable);
        const kept = join(cacheDir, hash);
        const previous = await readdir(cacheDir).catch(() => [] as string[]);
        if (previous.includes(hash)) {
          await cp(kept, outputPath, { recursive: true });
          logger.info(
            `search index: ${searchable.length} pages, unchanged since the last build (copied) in ${elapsed(started)}`,
          );
          return;
        }
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        // Only these pages carry data-pagefind-body: reading the others would find nothing.
        let pageCount = 0;
        for (const glob of SEARCHABLE) {
          const added = await index.addDirectory({ path: distDir, glob });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
          pageCount += added.page_count;
        }
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        // Only the newest index is kept, so the cache does not grow with every edit. Copied
        // under a temporary name first: a build stopped halfway leaves no partial index to match.
        await Promise.all(previous.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
        const temp = `${kept}.${process.pid}.tmp`;
        await cp(outputPath, temp, { recursive: true });
        await rename(temp, kept);
        logger.info(`search index: ${pageCount} pages in ${elapsed(started)}`);
      },
    },
  };
}
