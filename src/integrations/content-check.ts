import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContentDir } from "../lib/content-check/read.ts";
import { ContentError, formatReport } from "../lib/content-check/problem.ts";
import type { CheckedContent } from "../lib/content-check/validate.ts";
import { numberCitations } from "../lib/citations.ts";
import { deriveSite, type SiteModel } from "../lib/site-model.ts";
import { COLLECTIONS } from "../schemas/index.ts";
import { dictionaryProblems } from "../i18n/index.ts";

let snapshot: SiteModel | undefined;

/** The published site as derived from the files the check read, for build steps outside pages. */
export function contentSnapshot(): SiteModel {
  if (!snapshot) throw new Error("the content check has not run yet");
  return snapshot;
}

/** The one derivation (src/lib/site-model.ts), fed from the check's entries instead of Astro's. */
export function snapshotOf(content: CheckedContent, now: Date): SiteModel {
  return deriveSite(
    {
      articles: [...content.articles.values()].map((entry) => ({
        entry,
        citations: numberCitations(entry.citations),
      })),
      sources: [...content.sources.values()],
      topics: [...content.topics.values()],
      authors: [...content.authors.values()],
      timeline: [...content.timeline.values()],
      resources: [...content.resources.values()],
      translations: [...content.translations.values()].map((entry) => ({
        entry,
        citations: numberCitations(entry.citations),
      })),
    },
    { preview: false, now },
  );
}

/**
 * Runs the editors' check before any page renders. Astro validates each entry's
 * schema but only logs a dangling reference; this fails the build on every
 * content problem instead, so a broken article is never published. The dev server
 * checks again whenever a content file changes and prints what is wrong.
 */
export function contentCheck(): AstroIntegration {
  let root = "";
  return {
    name: "refuge-north:content-check",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // Every edition's dictionary has every key: a hole would publish a page half in English.
        const holes = dictionaryProblems();
        if (holes.length) {
          throw new Error(
            `Interface text missing: ${holes.join(", ")}. Fix: add each key to src/i18n/<lang>.ts (see src/i18n/en.ts)`,
          );
        }
        const { problems, notices, filesChecked, content } = await checkContentDir(root);
        for (const notice of notices) logger.warn(notice);
        snapshot = snapshotOf(content, new Date());
        if (!problems.length) return;
        // The dev server keeps running so an editor can fix and reload; builds stop.
        if (command === "dev") logger.error(formatReport(problems, filesChecked));
        else throw new ContentError(problems, filesChecked);
      },
      "astro:server:setup": ({ server, logger }) => {
        const contentDir = `${root}content/`;
        const folders = Object.values(COLLECTIONS).map((c) => `${contentDir}${c.dir}/`);
        let running: Promise<void> | undefined;
        const recheck = (file: string) => {
          if (!folders.some((folder) => file.startsWith(folder))) return;
          running = (running ?? Promise.resolve()).then(async () => {
            const { problems, filesChecked } = await checkContentDir(root);
            if (problems.length) logger.error(formatReport(problems, filesChecked));
            else logger.info(`content check: ${filesChecked} files, 0 problems`);
          });
        };
        server.watcher.on("change", recheck);
        server.watcher.on("add", recheck);
        server.watcher.on("unlink", recheck);
      },
    },
  };
}
