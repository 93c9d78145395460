/**
 * What each edition publishes, in the shape pages need: the routes of pages every
 * language has, and a directory entry's text in a language.
 */
import { LANGS, type Lang } from "../i18n/index.ts";
import type { ResourceData } from "../schemas/index.ts";

/** getStaticPaths of a page every edition has: `[...lang]` is empty for English, "ru" for Russian. */
export const everyEdition = () => LANGS.map((lang) => ({ params: { lang: lang === "en" ? undefined : lang } }));

/** A directory entry as an edition shows it: its translation where there is one (the check requires it). */
export function resourceIn(data: ResourceData, lang: Lang) {
  const translated = lang === "en" ? undefined : data.translations[lang];
  return {
    name: translated?.name ?? data.name,
    area: translated?.area ?? data.area,
    does: translated?.does ?? data.does,
    helps: translated?.helps ?? data.helps,
    status: data.status && (translated?.status ?? data.status),
    reachLabel: translated?.reachLabel ?? data.reach.label,
    reachNote: data.reach.note && (translated?.reachNote ?? data.reach.note),
  };
}
