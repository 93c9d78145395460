import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { COLLECTIONS, type CollectionName } from "../../schemas/index.ts";
import { checkContent, type CheckResult, type ContentFile } from "./validate.ts";

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
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

/** Paths ("/images/x.jpg") of the files in public/, for checking image references. */
export async function readPublicFiles(root: string): Promise<Set<string>> {
  const publicDir = join(root, "public");
  return new Set((await walk(publicDir)).map((path) => `/${relative(publicDir, path).split(sep).join("/")}`));
}

export async function checkContentDir(root: string): Promise<CheckResult & { filesChecked: number }> {
  const [files, publicFiles] = await Promise.all([readContentFiles(root), readPublicFiles(root)]);
  return { ...checkContent(files, { publicFiles }), filesChecked: files.length };
}
