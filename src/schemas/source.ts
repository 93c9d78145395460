import { z } from "zod";
import { httpsUrl, slug, text } from "./common.ts";
import { isoDate } from "./dates.ts";

export const SOURCE_TYPES = ["news", "report", "government", "ngo", "court", "video", "reference"] as const;

/**
 * A source an article cites (`content/sources/<id>.yaml`); the file name is its id.
 * Field names follow CSL-JSON where it has one (title, publisher, accessed, language,
 * URL as `url`, issued as `published`), so reference-manager exports map field by field.
 */
export const sourceSchema = z.strictObject({
  id: slug.optional(),
  title: text(300),
  publisher: text(120),
  authors: z.array(text(120)).optional(),
  // Optional because some real sources carry no exact date; never invent one.
  published: isoDate.optional(),
  publishedNote: text(60).optional(),
  url: httpsUrl,
  accessed: isoDate,
  archiveUrl: httpsUrl.optional(),
  type: z.enum(SOURCE_TYPES),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    message: 'must be a language code such as "en", "fr" or "ru"',
  }),
});

export type SourceData = z.output<typeof sourceSchema>;
