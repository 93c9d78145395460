import { z } from "zod";
import { httpsUrl, ref, text } from "./common.ts";
import { isoDate } from "./dates.ts";
import { EDITION_LANGS } from "./translation.ts";

/** How much of an event's date is known; "late-month" is e.g. "late June", for a day the sources dispute. */
export const DATE_PRECISIONS = ["day", "early-month", "mid-month", "late-month", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** `content/timeline/<slug>.yaml`: one dated event, with the sources that support it. */
export const timelineEventSchema = z.strictObject({
  date: isoDate.describe(
    'When it happened, a quoted ISO date; for a month or year alone use its first day, e.g. "2017-06-01"; for part of a month (e.g. late June) the earliest day it can be.',
  ),
  precision: z
    .enum(DATE_PRECISIONS)
    .default("day")
    .describe(
      "How much of the date is known: the day; early, mid or late in a month; only the month; or only the year. Month-only events sort after the dated events of their month.",
    ),
  title: text(100).describe("A short headline for the event."),
  text: text(400).describe("One to three plain sentences on what happened, attributed where the sources differ."),
  sources: z.array(ref("sources")).min(1).describe("Ids of the sources (content/sources/) that support the event."),
  articles: z.array(ref("articles")).default([]).describe("Slugs of our articles that cover the event."),
});

export const RESOURCE_CATEGORIES = [
  "evacuation",
  "resettlement",
  "legal",
  "advocacy",
  "support",
  "government",
] as const;

const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
  message: 'is not a language code. Fix: use a code such as "en", "fr" or "ru"',
});

/** An entry's text in an edition's language; names, pages and sources stay the same. */
export const resourceTranslationSchema = z.strictObject({
  name: text(100).optional().describe("The organisation's usual name in the language, if it has one."),
  area: text(60).describe("Where it works."),
  does: text(500).describe("What it does."),
  helps: text(400).describe("Who it helps, and its limits."),
  status: text(500).optional().describe("Its current status (when the English entry has one)."),
  reachLabel: text(150).describe("What its page is."),
  reachNote: text(400).optional().describe("What to know before using its page (when the English entry has a note)."),
});

/**
 * `content/resources/<slug>.yaml`: an organisation in the resources directory. Written
 * for a reader who may be in danger: what it does, who it helps and how to reach it
 * safely come first; the entry's sources come last. No phone numbers or e-mail
 * addresses: only the organisation's own page, as the research gives it.
 */
export const resourceSchema = z.strictObject({
  name: text(100).describe("The organisation's name."),
  category: z.enum(RESOURCE_CATEGORIES).describe("What kind of help it gives."),
  area: text(60).describe('Where it works, e.g. "Canada", "Russia", "International".'),
  does: text(400).describe("What it does, in one or two plain sentences."),
  helps: text(300).describe("Who it helps, and any limits a reader should know (e.g. not for emergencies)."),
  languages: z
    .array(languageCode)
    .optional()
    .describe('Languages it works in, as codes ("en", "ru"); only where a source says so.'),
  reach: z
    .strictObject({
      url: httpsUrl.describe("The organisation's own page, exactly as the research gives it (https only)."),
      label: text(100).describe("What that page is, e.g. its title."),
      language: languageCode.describe('The language of that page, e.g. "en".'),
      note: text(300)
        .optional()
        .describe("What a reader should know before using it, e.g. that it is not a contact page."),
    })
    .describe("How to reach it: its own page. Never a phone number or an e-mail address."),
  status: text(400)
    .optional()
    .describe("Its current status, where the research has doubts or the law puts readers at risk (e.g. a ban)."),
  checked: isoDate.describe("The day the entry was last checked against its sources."),
  sources: z.array(ref("sources")).min(1).describe("Ids of the sources that support the entry."),
  translations: z
    .partialRecord(z.enum(EDITION_LANGS), resourceTranslationSchema)
    .default({})
    .describe(
      "The entry in each edition's language (ru, fr): every edition's directory shows every entry, so each needs one.",
    ),
});

export type TimelineEventData = z.output<typeof timelineEventSchema>;
export type ResourceData = z.output<typeof resourceSchema>;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
