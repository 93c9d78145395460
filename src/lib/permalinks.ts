/**
 * The permalink manifest: every public URL the site has published, one path a line.
 * A path in it must still answer (as a page or a redirect) in every later build.
 */

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

/** Page 2, 3... of a list: its contents shift as stories are added, so it is no permalink. */
export const isListPage = (path: string) => /^\/(?:archive|sources|topics\/[^/]+)\/\d+\/$/.test(path);

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
