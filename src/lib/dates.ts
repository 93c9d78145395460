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
  // French writes the first of a month as an ordinal ("1er avril"); Intl gives "1 avril".
  if (locale.startsWith("fr")) {
    return formatter
      .formatToParts(date)
      .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
      .join("");
  }
  return formatter.format(date);
}

const partialFormatters = new Map<string, Intl.DateTimeFormat>();

/** A date shown only as precisely as it is known: "September 1, 2017", "June 2017" or "2017". */
export function formatDateAt(date: Date, precision: "day" | "month" | "year", locale = "en-CA"): string {
  if (precision === "day") return formatDate(date, locale);
  const key = `${locale}/${precision}`;
  let formatter = partialFormatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === "month" ? { year: "numeric", month: "long" } : { year: "numeric" };
    formatter = new Intl.DateTimeFormat(locale, { timeZone: SITE_TIME_ZONE, ...options });
    partialFormatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** `<time datetime>` for a date known to the day ("2017-06-23"), month ("2017-06") or year ("2017"). */
export function toDatetimeAt(date: Date, precision: "day" | "month" | "year"): string {
  const day = toZonedDay(date);
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
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
