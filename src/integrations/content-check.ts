import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContentDir } from "../lib/content-check/read.ts";
import { ContentError, formatReport } from "../lib/content-check/problem.ts";
import type { CheckedContent } from "../lib/content-check/validate.ts";

let checked: CheckedContent | undefined;

/** The content as the check read it, for build steps that run outside pages (sitemap). */
export function checkedContent(): CheckedContent {
  if (!checked) throw new Error("the content check has not run yet");
  return checked;
}

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
        const { problems, filesChecked, content } = await checkContentDir(root);
        checked = content;
        if (!problems.length) return;
        // The dev server keeps running so an editor can fix and reload; builds stop.
        if (command === "dev") logger.error(formatReport(problems, filesChecked));
        else throw new ContentError(problems, filesChecked);
      },
    },
  };
}
