import { z } from "zod";
import { correctionSchema, TITLE_MAX } from "./article.ts";
import { ref, text } from "./common.ts";
import { isoDate } from "./dates.ts";

/** The editions besides English, as BCP 47 codes; each is a folder of content/translations/. */
export const EDITION_LANGS = ["ru", "fr"] as const;
export type EditionLang = (typeof EDITION_LANGS)[number];

/**
 * A translation of an article (`content/translations/<lang>/<slug>.mdx`). It shares the
 * original's slug as its key (`translationOf`), its kind, topics, authors and sources;
 * what it records of its own is its text and which version of the original it renders.
 */
export const translationSchema = z
  .strictObject({
    lang: z.enum(EDITION_LANGS).describe("The language of the translation; the same as its folder."),
    translationOf: ref("articles").describe("The slug of the English original (its file name in content/articles/)."),
    translatedFrom: isoDate.describe(
      "The version of the original that was translated: the original's updatedDate (or pubDate) on the day of translating. When the original is updated later, the page says the translation may be out of date.",
    ),
    title: text(TITLE_MAX).describe("The headline in the translation's language."),
    description: z
      .string()
      .trim()
      .min(50)
      .max(220)
      .describe("The summary under the headline, in the translation's language."),
    pubDate: isoDate.describe("When the translation is published."),
    updatedDate: isoDate.optional().describe("When the translation was last changed in substance."),
    draft: z.boolean().default(false).describe("true while the translation is being written: the site leaves it out."),
    corrections: z
      .array(correctionSchema)
      .default([])
      .describe("Corrections of the translation itself, shown above its text."),
  })
  .superRefine((data, ctx) => {
    if (data.updatedDate && data.updatedDate < data.pubDate) {
      ctx.addIssue({
        code: "custom",
        path: ["updatedDate"],
        message: "is before pubDate. Fix: set updatedDate on or after pubDate, or remove it",
      });
    }
  });

export type TranslationData = z.output<typeof translationSchema>;
