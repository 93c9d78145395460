import { formatDateAt } from "./dates.ts";

export interface MonthGroup<T> {
  /** "November 2026", in the edition's locale (and the site's time zone). */
  month: string;
  items: T[];
}

/** Stories under month headings, in the order given (newest first in the archive). */
export function groupByMonth<T>(items: readonly T[], dateOf: (item: T) => Date, locale: string): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const month = formatDateAt(dateOf(item), "month", locale);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** The kinds that have stories, in the order the schema lists them: the archive's filters. */
export function kindsInUse<K extends string>(allKinds: readonly K[], used: readonly K[]): K[] {
  const present = new Set(used);
  return allKinds.filter((kind) => present.has(kind));
}
