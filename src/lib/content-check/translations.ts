/**
 * Checks between translations and their originals: the language folder, one translation
 * per language, the version translated, the sources cited; and the list of translations
 * whose original has changed since (notices, not problems: the page says so too).
 */
import { EDITION_LANGS } from "../../schemas/index.ts";
import { formatDate } from "../dates.ts";
import { isStale, versionOf } from "../translations.ts";
import type { Problem } from "./problem.ts";
import type { CheckedContent } from "./validate.ts";

const day = (date: Date) => date.toISOString().slice(0, 10);

export function checkTranslations(content: CheckedContent): { problems: Problem[]; notices: string[] } {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const claimed = new Map<string, string>(); // "ru/original-slug" -> file
  for (const translation of content.translations.values()) {
    const { file, data, lineOf, id } = translation;
    const folder = id.includes("/") ? id.slice(0, id.indexOf("/")) : "";
    if (folder !== data.lang) {
      problems.push({
        file,
        line: lineOf(["lang"]),
        field: "lang",
        message: `is "${data.lang}", but the file is ${folder ? `in content/translations/${folder}/` : "not in a language folder"}. Fix: move it to content/translations/${data.lang}/, or correct lang`,
      });
    }
    const key = `${data.lang}/${data.translationOf}`;
    const twin = claimed.get(key);
    if (twin) {
      problems.push({
        file,
        line: lineOf(["translationOf"]),
        field: "translationOf",
        message: `${twin} is already the "${data.lang}" translation of "${data.translationOf}". Fix: keep one of the two files`,
      });
    } else {
      claimed.set(key, file);
    }
    const original = content.articles.get(data.translationOf);
    // An unknown original is reported with the other references (translationOf is a ref()).
    if (!original) continue;
    if (data.translatedFrom.getTime() > versionOf(original.data).getTime()) {
      problems.push({
        file,
        line: lineOf(["translatedFrom"]),
        field: "translatedFrom",
        message: `is ${day(data.translatedFrom)}, after the original's last version (${day(versionOf(original.data))}). Fix: write the original's updatedDate (or pubDate) that was translated`,
      });
    } else if (isStale(data, original.data)) {
      notices.push(
        `${file}: stale translation: the original (${original.file}) was updated on ${formatDate(versionOf(original.data))}; this translation renders the version of ${formatDate(data.translatedFrom)}. Update it and set translatedFrom: "${day(versionOf(original.data))}"`,
      );
    }
    const cited = new Set(original.citations.map((c) => c.sourceId));
    for (const citation of translation.citations) {
      if (citation.sourceId && !cited.has(citation.sourceId)) {
        problems.push({
          file,
          line: citation.line,
          field: "body",
          message: `<Cite id="${citation.sourceId}" /> is not a source of the original (${original.file}). Fix: cite only the original's sources; a new fact belongs in the original first`,
        });
      }
    }
  }
  problems.push(...checkEditionsComplete(content));
  return { problems, notices };
}

/**
 * What every edition must have, so none of its pages mixes languages: each directory
 * entry in its language, and its About page (the English one's translation).
 */
function checkEditionsComplete(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  for (const resource of content.resources.values()) {
    for (const lang of EDITION_LANGS) {
      const translated = resource.data.translations[lang];
      if (!translated) {
        problems.push({
          file: resource.file,
          line: resource.lineOf(["translations"]),
          field: `translations.${lang}`,
          message: `missing: the "${lang}" edition's directory shows every entry. Fix: add translations: ${lang}: with area, does, helps and reachLabel in that language`,
        });
        continue;
      }
      for (const field of ["status", "reachNote"] as const) {
        const english = field === "status" ? resource.data.status : resource.data.reach.note;
        if (english && !translated[field]) {
          problems.push({
            file: resource.file,
            line: resource.lineOf(["translations", lang]),
            field: `translations.${lang}.${field}`,
            message: `missing: the English entry has ${field === "status" ? "a status" : "a reach note"}, so the "${lang}" edition needs it too. Fix: add ${field}: in that language`,
          });
        }
      }
    }
  }
  if (content.pages.has("about")) {
    for (const lang of EDITION_LANGS) {
      if (!content.pages.has(`${lang}/about`)) {
        problems.push({
          file: `content/pages/${lang}/about.mdx`,
          field: "file",
          message: `missing: the "${lang}" edition has an About page. Fix: add content/pages/${lang}/about.mdx, a translation of content/pages/about.mdx`,
        });
      }
    }
  }
  return problems;
}
