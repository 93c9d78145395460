import { z } from "zod";
import { ref, slug, text } from "./common.ts";
import { isoDate } from "./dates.ts";
import { claimSchema } from "./claims.ts";

export const ARTICLE_KINDS = ["news", "explainer", "analysis", "opinion", "fact-check"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Longest headline: it must fit the share card and a search result on one or two lines. */
export const TITLE_MAX = 110;

export const correctionSchema = z.strictObject({
  date: isoDate.describe("The day the correction was made."),
  text: text(600).describe("What was wrong and what is right now, in one or two sentences."),
});

/** Image files a lead image may be: what Astro's image pipeline reads and resizes. */
export const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg", ".webp", ".avif"] as const;

export const imageSchema = z.strictObject({
  // A file next to the article, never a URL: the site loads nothing from other origins,
  // and Astro's image() measures it (width and height, so the page does not shift).
  src: z
    .string()
    .regex(/^\.\.?\/[^\s]+\.(?:png|jpe?g|webp|avif)$/i, {
      message:
        'is not the path of an image file next to the article. Fix: put the image in content/articles/images/ and write e.g. "./images/ottawa.jpg"',
    })
    .describe(
      'The image file, relative to the article: e.g. "./images/ottawa.jpg" for content/articles/images/ottawa.jpg (png, jpg, webp or avif).',
    ),
  alt: text(300).describe("What the image shows, for readers who cannot see it."),
});

/** The fields of an article's front matter, before the checks between fields. */
const articleFields = z.strictObject({
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
  authors: z.array(ref("authors")).min(1).describe('Who wrote it: file names in content/authors/, normally ["staff"].'),
  topics: z.array(ref("topics")).min(1).describe("The topics it belongs to: file names in content/topics/."),
  related: z
    .array(ref("articles"))
    .default([])
    .describe("Editors' picks for Related stories: slugs of other articles, shown first."),
  image: imageSchema
    .optional()
    .describe(
      "A picture shown at the top of the article. Link previews show the article's share card (its headline in the site's design), not this picture.",
    ),
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
  claims: z
    .array(claimSchema)
    .default([])
    .describe(
      "A fact check's checked claims, each with its verdict: shown as verdict badges and published as ClaimReview data.",
    ),
});

/** A fact check's claims: each named once, and only a fact check rates claims. */
function refineClaims(data: { kind: string; claims: { id: string }[] }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  data.claims.forEach((claim, i) => {
    if (seen.has(claim.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["claims", i, "id"],
        message: `"${claim.id}" names two claims. Fix: give each claim its own id`,
      });
    }
    seen.add(claim.id);
  });
  if (data.claims.length && data.kind !== "fact-check") {
    ctx.addIssue({
      code: "custom",
      path: ["claims"],
      message: 'only a fact check rates claims. Fix: set kind: "fact-check", or remove claims',
    });
  }
}

/** Dates that contradict each other: each is valid alone, so only the pair can be wrong. */
function refineDates(
  data: { pubDate: Date; updatedDate?: Date | undefined; corrections: { date: Date }[] },
  ctx: z.RefinementCtx,
) {
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
}

/** Front matter of an article (`content/articles/<slug>.mdx`). */
export const articleSchema = articleFields.superRefine(refineDates).superRefine(refineClaims);

/**
 * The same schema with the lead image's path replaced by another schema: Astro's
 * image() in src/content.config.ts, which resolves and measures the file.
 */
export const articleSchemaWithImage = <S extends z.ZodType>(src: S) =>
  articleFields
    .extend({ image: imageSchema.extend({ src }).optional() })
    .superRefine(refineDates)
    .superRefine(refineClaims);

export type ArticleData = z.output<typeof articleSchema>;
