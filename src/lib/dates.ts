import { SITE_TIME_ZONE, zoneOffsetMinutes } from "../schemas/dates.ts";

/*
 * Intl.DateTimeFormat is the date library here: it ships with Node and every
 * browser, knows every zone's rules, and formats in any locale the editions need.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "September 1, 2017": the calendar day in America/Toronto, in the edition's locale. */
export function formatDate(date: Date, locale = "en-CA"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: SITE_TIME_ZONE, dateStyle: "long" });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");

/** "2017-09-01T00:00:00-04:00": the same instant, written in Toronto time for `<time datetime>`. */
export function toZonedIso(date: Date): string {
  const offset = zoneOffsetMinutes(date.getTime(), SITE_TIME_ZONE);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  return `${local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** "2017-09-01": the calendar day in Toronto, for `<time datetime>` on dates shown without a time. */
export function toZonedDay(date: Date): string {
  return toZonedIso(date).slice(0, 10);
}

/** `<time datetime>`: the day alone for a date without a time (midnight in Toronto), else the instant. */
export function toDatetimeAttribute(date: Date): string {
  const iso = toZonedIso(date);
  return iso.slice(11, 19) === "00:00:00" ? iso.slice(0, 10) : iso;
}
