/**
 * The editions' interface text: one typed dictionary per language. Pages read theirs
 * from `Astro.locals.t` (set per page by src/middleware.ts from the page's language);
 * build steps outside pages ask `dictionaryFor(lang)`.
 */
import { EDITION_LANGS, type EditionLang } from "../schemas/translation.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { ru } from "./ru.ts";
import type { Dictionary } from "./types.ts";

export type { Dictionary };

export const DEFAULT_LANG = "en";
/** Every language the site publishes in: English at /, each edition under /<lang>/. */
export const LANGS = [DEFAULT_LANG, ...EDITION_LANGS] as const;
export type Lang = (typeof LANGS)[number];
export { EDITION_LANGS };
export type { EditionLang };

export const dictionaries: Record<Lang, Dictionary> = { en, ru, fr };

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

export function dictionaryFor(lang: string | undefined): Dictionary {
  return isLang(lang) ? dictionaries[lang] : en;
}

/**
 * Keys of `reference` that `candidate` lacks, as dotted paths ("nav.home"). Types catch
 * this in `astro check`; the build checks again (src/integrations/content-check.ts) so a
 * dictionary edited without type-checking cannot publish a page with a hole in it.
 */
export function missingKeys(reference: object, candidate: unknown, prefix = ""): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const other = candidate && typeof candidate === "object" ? (candidate as Record<string, unknown>)[key] : undefined;
    if (other === undefined || other === null || (typeof other === "string" && !other.trim())) return [path];
    if (typeof value === "function") return typeof other === "function" ? [] : [path];
    if (value && typeof value === "object" && !Array.isArray(value)) return missingKeys(value, other, `${path}.`);
    return [];
  });
}

/** Every key a dictionary lacks, as "ru: nav.home", for all editions. */
export const dictionaryProblems = (): string[] =>
  EDITION_LANGS.flatMap((lang) => missingKeys(en, dictionaries[lang]).map((key) => `${lang}: ${key}`));
