/**
 * Corrections across the site: every article's `corrections:` as one list, newest
 * first, for the /corrections/ page and its feed; and where each one sits in its article.
 */
import { toZonedDay } from "./dates.ts";

export interface CorrectionSource {
  slug: string;
  title: string;
  corrections: readonly { date: Date; text: string }[];
}

export interface CorrectionItem {
  slug: string;
  /** The corrected article's headline. */
  title: string;
  date: Date;
  text: string;
  /** HTML id of the correction in its article. */
  anchor: string;
}

/**
 * The HTML id of an article's correction: its day, and its place among that day's
 * corrections when there are several, so a link to it never moves when another is added.
 */
export function correctionAnchors(corrections: readonly { date: Date }[]): string[] {
  const seen = new Map<string, number>();
  return corrections.map(({ date }) => {
    const day = toZonedDay(date);
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return n === 1 ? `correction-${day}` : `correction-${day}-${n}`;
  });
}

/** Every correction of the given articles, newest first; same day: by headline, then as written. */
export function allCorrections(articles: readonly CorrectionSource[]): CorrectionItem[] {
  const items = articles.flatMap((article) => {
    const anchors = correctionAnchors(article.corrections);
    return article.corrections.map((c, i) => ({
      slug: article.slug,
      title: article.title,
      date: c.date,
      text: c.text,
      anchor: anchors[i]!,
      order: i,
    }));
  });
  items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title) || a.order - b.order);
  return items.map(({ order: _, ...item }) => item);
}
