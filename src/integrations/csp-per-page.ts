import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { narrowPagePolicy } from "../lib/csp.ts";
import { listPages } from "../lib/dist-pages.ts";

/**
 * Gives each built page a CSP that allows only its own inline scripts and styles
 * (Astro lists those of the whole build on every page). Runs before static-host-files,
 * which merges the pages' policies into _headers.
 */
export function cspPerPage(): AstroIntegration {
  return {
    name: "refuge-north:csp-per-page",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = await listPages(distDir);
        let narrowed = 0;
        for (const page of pages) {
          const path = `${distDir}/${page}`;
          const html = await readFile(path, "utf8");
          const result = narrowPagePolicy(html);
          if (result !== html) {
            await writeFile(path, result);
            narrowed++;
          }
        }
        logger.info(`CSP narrowed to each page's own inline code on ${narrowed} of ${pages.length} pages`);
      },
    },
  };
}
