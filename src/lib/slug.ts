/**
 * Slugs: the file name of every content entry is its id and, for articles, its address.
 * One module makes and reads them; @sindresorhus/slugify transliterates accents and
 * Cyrillic ("Été à Ottawa" -> "ete-a-ottawa", "Грозный" -> "grozniy").
 */
import slugifyText from "@sindresorhus/slugify";
import { SLUG_PATTERN } from "../schemas/common.ts";

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
