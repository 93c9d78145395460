import { z } from "zod";
import { httpsUrl, ref, text } from "./common.ts";
import { isoDate } from "./dates.ts";

export const DATE_PRECISIONS = ["day", "month", "year"] as const;

/** `content/timeline/<slug>.yaml`: one dated event, with the sources that support it. */
export const timelineEventSchema = z.strictObject({
  date: isoDate.describe(
    'When it happened, a quoted ISO date; for a month or year alone use its first day, e.g. "2017-06-01".',
  ),
  precision: z
    .enum(DATE_PRECISIONS)
    .default("day")
    .describe("How much of the date is known: the day, only the month, or only the year."),
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

/** `content/resources/<slug>.yaml`: an organisation in the resources directory. */
export const resourceSchema = z.strictObject({
  name: text(100).describe("The organisation's name."),
  description: text(300).describe("One or two plain sentences on what it does."),
  url: httpsUrl.describe("Its own website (https only)."),
  category: z.enum(RESOURCE_CATEGORIES).describe("What kind of help it gives."),
  area: text(60).describe('Where it works, e.g. "Canada", "Russia", "International".'),
  sources: z.array(ref("sources")).min(1).describe("Ids of the sources that support the description."),
});

export type TimelineEventData = z.output<typeof timelineEventSchema>;
export type ResourceData = z.output<typeof resourceSchema>;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
