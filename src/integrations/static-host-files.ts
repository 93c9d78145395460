import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import { headersFile, mergePolicies, narrowPagePolicy } from "../lib/csp.ts";
import { listPages, urlPathOf } from "../lib/dist-pages.ts";
import { elapsed } from "../lib/elapsed.ts";
import { redirectsFile } from "../lib/redirects.ts";

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const REFRESH_META = /<meta http-equiv="refresh" content="0; url=([^"]+)"/i;

/**
 * Writes `_headers` (the CSP of every page as one header, plus no-referrer) and
 * `_redirects` (301s for renamed articles) for static hosts, from the built pages,
 * so they can never disagree with what the pages themselves say. On the way, each
 * page's CSP meta is narrowed to that page's own inline code (Astro lists the hashes of
 * the whole build on every page): one pass over the pages for both.
 */
export function staticHostFiles(): AstroIntegration {
  return {
    name: "refuge-north:static-host-files",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const pages = await listPages(distDir);
        // A few pages read and written at once: one at a time, the pass mostly waited on
        // the disk (4 s for 3,600 pages).
        const limit = pLimit(16);
        const seen = await Promise.all(
          pages.map((page) =>
            limit(async () => {
              const built = await readFile(`${distDir}/${page}`, "utf8");
              const html = narrowPagePolicy(built);
              if (html !== built) await writeFile(`${distDir}/${page}`, html);
              const policy = CSP_META.exec(html)?.[1];
              if (!policy) throw new Error(`dist/${page} has no Content-Security-Policy meta tag`);
              return { page, policy: policy.replaceAll("&#39;", "'"), target: REFRESH_META.exec(html)?.[1] };
            }),
          ),
        );
        const policies = seen.map(({ policy }) => policy);
        const redirects = new Map<string, string>();
        for (const { page, target } of seen) if (target) redirects.set(urlPathOf(page), target);
        await writeFile(`${distDir}/_headers`, headersFile(mergePolicies(policies)));
        await writeFile(
          `${distDir}/_redirects`,
          redirectsFile(redirects, (path) => path),
        );
        logger.info(
          `_headers for ${pages.length} pages, _redirects with ${redirects.size} redirects ` + `in ${elapsed(started)}`,
        );
      },
    },
  };
}
