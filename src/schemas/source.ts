import { z } from "zod";
import { httpsUrl, slug, text } from "./common.ts";
import { isoDate } from "./dates.ts";

export const SOURCE_TYPES = [
  "news",
  "report",
  "government",
  "ngo",
  "court",
  "video",
  "reference",
  "opinion",
  "blog",
] as const;

/**
 * A source an article cites (`content/sources/<id>.yaml`); the file name is its id.
 * Field names follow CSL-JSON where it has one (title, publisher, accessed, language,
 * URL as `url`, issued as `published`), so reference-manager exports map field by field.
 */
export const sourceSchema = z
  .strictObject({
    id: slug.optional().describe("Not needed: the file name is the id. If given, it must equal the file name."),
    title: text(300).describe("The title of the page, article or document, as published."),
    titleIsDescription: z
      .boolean()
      .default(false)
      .describe(
        "true when the title was not read as the headline (it describes the page, or comes from its address): shown as a description, not as a title.",
      ),
    publisher: text(120).describe("Who published it: the newspaper, organisation or site."),
    authors: z.array(text(120)).optional().describe('Names of the people who wrote it, e.g. ["John Ibbitson"].'),
    // Optional because some real sources carry no exact date; never invent one.
    published: isoDate.optional().describe("The day it was published, when known exactly."),
    publishedNote: text(60).optional().describe('When the exact day is not known, what is: e.g. "September 2017".'),
    url: httpsUrl.describe(
      "The address of the source, starting with https://: the original publication's, where the fact sheets give it.",
    ),
    via: z
      .strictObject({
        publisher: text(120).describe('Who published the copy, e.g. "NewsSniffer".'),
        url: httpsUrl.optional().describe("The copy's address, where it is https (shown as a secondary link)."),
      })
      .optional()
      .describe('The copy the newsroom read the source through, when that was not the original: shown as "read via".'),
    accessed: isoDate.describe("The day someone at Refuge North last checked the page."),
    archiveUrl: httpsUrl
      .optional()
      .describe("An archived copy, e.g. on https://web.archive.org/, in case the page changes."),
    type: z.enum(SOURCE_TYPES).describe("What sort of source it is."),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        message: 'is not a language code. Fix: use a code such as "en", "fr" or "ru"',
      })
      .describe('The language of the source, as a code: "en", "fr", "ru".'),
  })
  .superRefine((data, ctx) => {
    if (data.published && data.accessed && data.accessed < data.published) {
      ctx.addIssue({
        code: "custom",
        path: ["accessed"],
        message: `is before published (${data.published.toISOString().slice(0, 10)}): nobody read it before it existed. Fix: write the day someone last checked the page`,
      });
    }
  });

export type SourceData = z.output<typeof sourceSchema>;
