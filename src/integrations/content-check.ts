import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContentDir } from "../lib/content-check/read.ts";
import { ContentError, formatReport } from "../lib/content-check/problem.ts";

/**
 * Runs the editors' check before any page renders. Astro validates each entry's
 * schema but only logs a dangling reference; this fails the build on every
 * content problem instead, so a broken article is never published.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: "refuge-north:content-check",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, filesChecked } = await checkContentDir(root);
        if (!problems.length) return;
        // The dev server keeps running so an editor can fix and reload; builds stop.
        if (command === "dev") logger.error(formatReport(problems, filesChecked));
        else throw new ContentError(problems, filesChecked);
      },
    },
  };
}
