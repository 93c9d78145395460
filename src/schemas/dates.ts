import { z } from "zod";
import { SETTINGS } from "../settings.ts";

/** The one time zone every date on the site is shown in (the newsroom is in Toronto). */
export const SITE_TIME_ZONE = SETTINGS.timeZone;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export const DATE_FORMAT_HINT = 'a quoted ISO date such as "2017-09-01" (or "2017-09-01T14:30:00-04:00")';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets already worked out: a site shows the same few thousand dates on many pages. */
const knownOffsets = new Map<string, number>();

/** Offset in minutes of `zone` from UTC at the instant `utcMs`. */
export function zoneOffsetMinutes(utcMs: number, zone: string): number {
  const key = `${zone}@${utcMs}`;
  const known = knownOffsets.get(key);
  if (known !== undefined) return known;
  const offset = computeZoneOffset(utcMs, zone);
  knownOffsets.set(key, offset);
  return offset;
}

function computeZoneOffset(utcMs: number, zone: string): number {
  // Building a formatter costs far more than using one: reuse one per zone.
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    offsetFormatters.set(zone, formatter);
  }
  const parts = formatter.formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/**
 * Parses a strict ISO date. A date without a time means that calendar day in the
 * site's zone (midnight in Toronto), so it never shows as the day before.
 * Returns null for anything that is not a real calendar date and time.
 */
export function parseIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined) {
    const guess = Date.UTC(year, month - 1, day);
    const first = guess - zoneOffsetMinutes(guess, SITE_TIME_ZONE) * 60000;
    // Second pass settles days on which the offset changes (DST).
    return new Date(guess - zoneOffsetMinutes(first, SITE_TIME_ZONE) * 60000);
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  if (offset && offset !== "Z") {
    const [oh = 0, om = 0] = offset.slice(1).split(":").map(Number);
    if (oh > 14 || om > 59) return null;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date written as a quoted ISO string. YAML turns an unquoted date into a Date
 * (and silently rolls 2017-02-30 over to March), so only strings are accepted.
 */
export const isoDate = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({
        code: "custom",
        message: `the date is not in quotes, so YAML may change it. Fix: write it as ${DATE_FORMAT_HINT}`,
      });
    } else if (typeof value !== "string") {
      ctx.addIssue({
        code: "custom",
        message: `${value === undefined ? "missing" : `expected a date, found ${typeof value}`}. Fix: write ${DATE_FORMAT_HINT}`,
      });
    } else if (!parseIsoDate(value)) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a real calendar date. Fix: write ${DATE_FORMAT_HINT}`,
      });
    }
  })
  .transform((value) => parseIsoDate(value as string) as Date);
