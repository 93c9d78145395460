/**
 * Translations and their originals: which version of the original a translation renders,
 * and whether the original has changed since.
 */
import type { ArticleCore } from "./site-model.ts";
import type { TranslationData } from "../schemas/index.ts";

type Versioned = Pick<ArticleCore, "pubDate" | "updatedDate">;

/** The day an article was last changed in substance: its updatedDate, or its pubDate. */
export const versionOf = (article: Versioned): Date => article.updatedDate ?? article.pubDate;

/** The original was updated after the version this translation renders. */
export const isStale = (translation: Pick<TranslationData, "translatedFrom">, original: Versioned): boolean =>
  versionOf(original).getTime() > translation.translatedFrom.getTime();
