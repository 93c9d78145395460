/**
 * Slugs: the file name of every content entry is its id and, for articles, its address.
 * One module makes and reads them; @sindresorhus/slugify transliterates accents and
 * Cyrillic ("Été à Ottawa" -> "ete-a-ottawa", "Грозный" -> "grozniy").
 */
import slugifyText from "@sindresorhus/slugify";
import { SLUG_PATTERN } from "../schemas/common.ts";
import { COLLECTIONS, type CollectionName } from "../schemas/index.ts";

export { SLUG_PATTERN };

export const MAX_SLUG_LENGTH = 80;

/**
 * "Canada's Response: Été 2017" -> "canadas-response-ete-2017". Apostrophes vanish
 * rather than split a word ("canadas", as in the existing topic slugs), and a long
 * title is cut at the last whole word within `max` characters.
 */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  const slug = slugifyText(text.replace(/['’ʼ‘`]/g, ""), { decamelize: false });
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, "");
}

/** The slug of a content file is its name: `content/articles/2017/foo.mdx` is "foo". */
export function slugOf(file: string): string {
  return file
    .split("/")
    .pop()!
    .replace(/\.[^.]+$/, "");
}

export const isSlug = (text: string) => SLUG_PATTERN.test(text);

/**
 * The id of an entry of a collection whose ids keep their folder (translations, pages):
 * `content/translations/ru/foo.mdx` is "ru/foo"; `content/pages/about.mdx` is "about".
 * `path` is relative to the collection's folder or to the repository.
 */
export function nestedIdOf(path: string, dir: string): string {
  const inside = path.includes(`${dir}/`) ? path.slice(path.indexOf(`${dir}/`) + dir.length + 1) : path;
  return inside.replace(/\.[^./]+$/, "");
}

/** The id of a content file, as both the check and Astro's loaders give it. */
export function entryIdOf(collection: CollectionName, path: string): string {
  const entry = COLLECTIONS[collection];
  return "nested" in entry && entry.nested ? nestedIdOf(path, entry.dir) : slugOf(path);
}
