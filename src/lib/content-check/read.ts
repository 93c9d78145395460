import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from "../../schemas/index.ts";
import { checkContent, type CheckResult, type ContentFile } from "./validate.ts";
import type { Problem } from "./problem.ts";

/**
 * Every file under `dir`. Fails closed: a folder that does not exist holds no files,
 * but one that cannot be read is an error, never an empty (and so "valid") site.
 */
async function walk(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`${dir} cannot be read (${(error as Error).message}). Fix: check the folder's permissions`, {
      cause: error,
    });
  }
}

/** Every file of every collection under `<root>/content`, as the build's glob loaders see them. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const lists = await Promise.all(
    (Object.keys(COLLECTIONS) as CollectionName[]).map(async (collection) => {
      const { dir, extensions } = COLLECTIONS[collection];
      const paths = await walk(join(root, "content", dir));
      return Promise.all(
        paths
          .filter((path) => (extensions as readonly string[]).some((ext) => path.endsWith(ext)))
          .map(async (path) => ({
            collection,
            file: relative(root, path).split(sep).join("/"),
            bytes: new Uint8Array(await readFile(path)),
          })),
      );
    }),
  );
  return lists.flat();
}

const assetsOf = (collection: (typeof COLLECTIONS)[CollectionName]): readonly string[] =>
  "assets" in collection ? collection.assets : [];

/** Repo-relative paths of the asset files (lead images) in the content folders. */
export async function readAssetFiles(root: string): Promise<Set<string>> {
  const lists = await Promise.all(
    Object.values(COLLECTIONS).map(async (collection) => {
      const assets = assetsOf(collection);
      if (!assets.length) return [];
      const files = await walk(join(root, "content", collection.dir));
      return files
        .map((path) => relative(root, path).split(sep).join("/"))
        .filter((file) => assets.some((ext) => file.toLowerCase().endsWith(ext)));
    }),
  );
  return new Set(lists.flat());
}

/** Files the editors expect at the top of content/ (their guide and house style) and the build's permalink list. */
const CONTENT_ROOT_FILES = new Set(["EDITING.md", "STYLE.md", "permalinks.txt"]);

/**
 * Files under content/ that no collection reads: an article saved as .md, a source as
 * .txt, a story dropped in the wrong folder. Left alone they would silently not appear.
 */
export async function findStrayFiles(root: string): Promise<Problem[]> {
  const contentDir = join(root, "content");
  const folders = new Map<string, readonly string[]>(Object.values(COLLECTIONS).map((c) => [c.dir, c.extensions]));
  const collectionOf = new Map(COLLECTION_NAMES.map((name) => [COLLECTIONS[name].dir as string, name]));
  const problems: Problem[] = [];
  for (const path of (await walk(contentDir)).sort()) {
    const file = relative(root, path).split(sep).join("/");
    const [, folder, ...rest] = file.split("/");
    if (!folder || rest.some((part) => part.startsWith(".")) || folder.startsWith(".")) continue;
    const extensions = folders.get(folder);
    if (!rest.length) {
      if (!CONTENT_ROOT_FILES.has(folder)) {
        problems.push({
          file,
          field: "file",
          message: `is not in a content folder, so nothing reads it. Fix: move it into content/${[...folders.keys()].join("/, content/")}/`,
        });
      }
    } else if (!extensions) {
      problems.push({
        file,
        field: "file",
        message: `content/${folder}/ is not a content folder. Fix: use one of content/${[...folders.keys()].join("/, content/")}/`,
      });
    } else if (
      !extensions.some((ext) => file.endsWith(ext)) &&
      !assetsOf(COLLECTIONS[collectionOf.get(folder)!]).some((ext) => file.toLowerCase().endsWith(ext))
    ) {
      const suggested = file.replace(/\.[^./]+$/, "") + extensions[0];
      problems.push({
        file,
        field: "file",
        message: `content/${folder}/ reads only ${extensions.join(", ")} files, so this one would not be published. Fix: rename it to ${suggested}`,
      });
    }
  }
  return problems;
}

export async function checkContentDir(root: string): Promise<CheckResult & { filesChecked: number }> {
  const [files, assetFiles, stray] = await Promise.all([
    readContentFiles(root),
    readAssetFiles(root),
    findStrayFiles(root),
  ]);
  const result = checkContent(files, { assetFiles });
  return { ...result, problems: [...stray, ...result.problems], filesChecked: files.length + stray.length };
}
