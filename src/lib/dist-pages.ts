import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Every file under `dir`, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** Every HTML page under `dir` (relative paths, sorted): what the after-build steps read. */
export async function listPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith(".html")).sort();
}

/** "articles/a/index.html" -> "/articles/a/"; "rss.xml" -> "/rss.xml". */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The public URLs a build serves: pages (but not the 404 page) and feeds. */
export async function servedPaths(distDir: string): Promise<Set<string>> {
  const files = await listFiles(distDir);
  return new Set(
    files
      .filter((f) => (f.endsWith(".html") && f !== "404.html") || /(^|\/)(rss\.xml|feed\.json)$/.test(f))
      .map(urlPathOf),
  );
}
