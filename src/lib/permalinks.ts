/**
 * The permalink manifest: every public URL the site has published, one path a line.
 * A path in it must still answer (as a page or a redirect) in every later build.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isListPage } from "./urls.ts";

/** Where the manifest lives, for the build's guard and `npm run permalinks`. */
export const MANIFEST = "content/permalinks.txt";

export function parseManifest(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

/** Published paths that the build no longer serves. */
export function missingPermalinks(manifest: readonly string[], served: ReadonlySet<string>): string[] {
  return manifest.filter((path) => !served.has(path));
}

/** Paths the build serves that the manifest does not list yet. */
export function newPermalinks(manifest: readonly string[], served: ReadonlySet<string>): string[] {
  const listed = new Set(manifest);
  return [...served].filter((path) => !listed.has(path) && !isListPage(path)).sort();
}

export const MANIFEST_HEADER =
  "# Every public URL Refuge North has published. A listed URL must keep working:\n" +
  "# rename an article by adding its old slug to `aliases`. Update with: npm run permalinks\n";

export function formatManifest(paths: Iterable<string>): string {
  return MANIFEST_HEADER + [...new Set(paths)].sort().join("\n") + "\n";
}

/**
 * The manifest's paths. Fails closed: only a manifest that does not exist yet (a new
 * site) reads as empty; an unreadable one stops the build instead of checking nothing.
 */
export async function readManifest(root: string): Promise<string[]> {
  try {
    return parseManifest(await readFile(join(root, MANIFEST), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`${MANIFEST} cannot be read (${(error as Error).message}). Fix: restore the file from git`, {
      cause: error,
    });
  }
}
