/**
 * The timeline's order. An event known only to its month (or year) sorts after every
 * event dated to a day in that month: "June 2017" cannot be shown above "June 6, 2017"
 * when it may have come after it. An event known to part of a month ("late June")
 * carries the earliest day that part allows, and sorts by it.
 */
import { parseIsoDate } from "../schemas/dates.ts";
import type { DatePrecision } from "../schemas/directory.ts";
import { toZonedDay } from "./dates.ts";

/** The calendar unit a precision is shown in ("late June 2017" is shown as a month with a word before it). */
export function calendarUnit(precision: DatePrecision): "day" | "month" | "year" {
  return precision === "day" || precision === "year" ? precision : "month";
}

/** The instant an event sorts at: its date, or the end of its month or year when only that is known. */
export function timelineSortTime(date: Date, precision: DatePrecision): number {
  if (precision !== "month" && precision !== "year") return date.getTime();
  const [year, month] = toZonedDay(date).split("-").map(Number) as [number, number];
  const next =
    precision === "month"
      ? `${month === 12 ? year + 1 : year}-${String(month === 12 ? 1 : month + 1).padStart(2, "0")}-01`
      : `${year + 1}-01-01`;
  return parseIsoDate(next)!.getTime() - 1;
}

export interface TimelineItem {
  id: string;
  data: { date: Date; precision: DatePrecision };
}

/** Oldest first; events at the same point in time by id, so the order never changes between builds. */
export function compareTimelineEvents(a: TimelineItem, b: TimelineItem): number {
  return (
    timelineSortTime(a.data.date, a.data.precision) - timelineSortTime(b.data.date, b.data.precision) ||
    a.id.localeCompare(b.id)
  );
}
