import { z } from "zod";
import { ref, slug, text } from "./common.ts";
import { isoDate } from "./dates.ts";

export const ARTICLE_KINDS = ["news", "explainer", "analysis", "opinion", "fact-check"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Longest headline: it must fit the share card and a search result on one or two lines. */
export const TITLE_MAX = 110;

export const correctionSchema = z.strictObject({
  date: isoDate.describe("The day the correction was made."),
  text: text(600).describe("What was wrong and what is right now, in one or two sentences."),
});

export const imageSchema = z.strictObject({
  // A path inside public/: the site loads nothing from other origins.
  src: z
    .string()
    .regex(/^\/(?!\/)[^\s]+\.(?:png|jpe?g|webp|avif|svg)$/i, {
      message:
        'is not a path to an image in public/. Fix: put the image in public/images/ and write e.g. "/images/ottawa.jpg"',
    })
    .describe('Path of the image file in public/, e.g. "/images/ottawa.jpg" (png, jpg, webp, avif or svg).'),
  alt: text(300).describe("What the image shows, for readers who cannot see it."),
});

/** Front matter of an article (`content/articles/<slug>.mdx`). */
export const articleSchema = z
  .strictObject({
    title: text(TITLE_MAX).describe("The headline, as readers see it."),
    description: z
      .string()
      .trim()
      .min(50)
      .max(220)
      .describe("One or two sentences under the headline, also shown in lists, search results and link previews."),
    kind: z.enum(ARTICLE_KINDS).describe("What sort of story it is; shown as a label above the headline."),
    pubDate: isoDate.describe(
      "When the article is published. An article dated in the future is left out of the site until then.",
    ),
    updatedDate: isoDate.optional().describe("When the article was last changed in substance; on or after pubDate."),
    authors: z
      .array(ref("authors"))
      .min(1)
      .describe('Who wrote it: file names in content/authors/, normally ["staff"].'),
    topics: z.array(ref("topics")).min(1).describe("The topics it belongs to: file names in content/topics/."),
    related: z
      .array(ref("articles"))
      .default([])
      .describe("Editors' picks for Related stories: slugs of other articles, shown first."),
    image: imageSchema.optional().describe("A picture for the top of the article and link previews."),
    draft: z
      .boolean()
      .default(false)
      .describe(
        "true while the article is being written: npm start shows it, marked as a draft; the site leaves it out.",
      ),
    aliases: z.array(slug).default([]).describe("Old slugs of a renamed article: their addresses keep leading to it."),
    corrections: z
      .array(correctionSchema)
      .default([])
      .describe("Corrections, shown above the article text; add one for every factual fix, and never delete one."),
    dateline: text(60).optional().describe('Where the story was reported from, e.g. "Toronto".'),
  })
  .superRefine((data, ctx) => {
    // Dates that contradict each other: each is valid alone, so only the pair can be wrong.
    const day = (date: Date) => date.toISOString().slice(0, 10);
    if (data.updatedDate && data.pubDate && data.updatedDate < data.pubDate) {
      ctx.addIssue({
        code: "custom",
        path: ["updatedDate"],
        message: "is before pubDate. Fix: set updatedDate on or after pubDate, or remove it",
      });
    }
    data.corrections.forEach((correction, i) => {
      if (data.pubDate && correction.date < data.pubDate) {
        ctx.addIssue({
          code: "custom",
          path: ["corrections", i, "date"],
          message: `is before pubDate (${day(data.pubDate)}): an article cannot be corrected before it is published. Fix: use the day the correction was made`,
        });
      } else if (data.updatedDate && correction.date > data.updatedDate) {
        ctx.addIssue({
          code: "custom",
          path: ["corrections", i, "date"],
          message: `is after updatedDate (${day(data.updatedDate)}): a correction updates the article. Fix: set updatedDate to ${day(correction.date)} or later`,
        });
      }
    });
  });

export type ArticleData = z.output<typeof articleSchema>;
