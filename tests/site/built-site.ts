import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { listPages, urlPathOf } from "../../src/lib/dist-pages.ts";
import { storyOf } from "../../src/lib/urls.ts";

export const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

export interface BuiltPage {
  file: string;
  path: string;
  html: string;
}

/** Every HTML page of the last build. */
export async function builtPages(): Promise<BuiltPage[]> {
  const files = await listPages(distDir);
  if (!files.length) throw new Error("dist/ has no pages: run npm run build first");
  return Promise.all(
    files.map(async (file) => ({ file, path: urlPathOf(file), html: await readFile(`${distDir}${file}`, "utf8") })),
  );
}

export const isRedirectPage = (html: string) => /<meta http-equiv="refresh"/i.test(html);
/** An article's page, in English or in an edition (not the redirect page of an old address). */
export const isArticlePage = (page: BuiltPage) => storyOf(page.path) !== undefined && !isRedirectPage(page.html);
