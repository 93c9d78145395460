import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContentDir } from "../lib/content-check/read.ts";
import { ContentError, formatReport } from "../lib/content-check/problem.ts";
import type { CheckedContent } from "../lib/content-check/validate.ts";
import { numberCitations } from "../lib/citations.ts";
import { elapsed } from "../lib/elapsed.ts";
import { deriveSite, type SiteModel } from "../lib/site-model.ts";
import { COLLECTIONS } from "../schemas/index.ts";
import { dictionaryProblems } from "../i18n/index.ts";

let snapshot: SiteModel | undefined;

/** The published site as derived from the files the check read, for build steps outside pages. */
export function contentSnapshot(): SiteModel {
  if (!snapshot) throw new Error("the content check has not run yet");
  return snapshot;
}

/** Only what the site model reads: a checked entry also holds its parsed YAML document (for line numbers). */
const plain = <D>({ id, data }: { id: string; data: D }) => ({ id, data });

/**
 * The one derivation (src/lib/site-model.ts), fed from the check's entries instead of
 * Astro's. It outlives the check for the whole build, so it keeps plain entries: the
 * checked ones hold each file's YAML document for line numbers, 440 MB of heap at 10,000
 * articles, which ran a 10,000-article build out of memory.
 */
export function snapshotOf(content: CheckedContent, now: Date): SiteModel {
  return deriveSite(
    {
      articles: [...content.articles.values()].map((entry) => ({
        entry: plain(entry),
        citations: numberCitations(entry.citations),
      })),
      sources: [...content.sources.values()].map(plain),
      topics: [...content.topics.values()].map(plain),
      authors: [...content.authors.values()].map(plain),
      timeline: [...content.timeline.values()].map(plain),
      resources: [...content.resources.values()].map(plain),
      translations: [...content.translations.values()].map((entry) => ({
        entry: plain(entry),
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
        const started = performance.now();
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
        if (!problems.length) {
          logger.info(`content check: ${filesChecked} files, 0 problems in ${elapsed(started)}`);
          return;
        }
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
