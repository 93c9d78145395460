import { z } from "zod";
import { slug, text } from "./common.ts";
import { isoDate } from "./dates.ts";

export const ARTICLE_KINDS = ["news", "explainer", "analysis", "opinion", "fact-check"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const correctionSchema = z.strictObject({
  date: isoDate,
  text: text(600),
});

export const imageSchema = z.strictObject({
  // A path inside public/: the site loads nothing from other origins.
  src: z.string().regex(/^\/(?!\/)[^\s]+\.(?:png|jpe?g|webp|avif|svg)$/i, {
    message: 'must be a path to an image in public/, e.g. "/images/ottawa.jpg"',
  }),
  alt: text(300),
});

/** Front matter of an article (`content/articles/<slug>.mdx`). */
export const articleSchema = z
  .strictObject({
    title: text(110),
    description: z.string().trim().min(50).max(220),
    kind: z.enum(ARTICLE_KINDS),
    pubDate: isoDate,
    updatedDate: isoDate.optional(),
    authors: z.array(slug).min(1),
    topics: z.array(slug).min(1),
    related: z.array(slug).default([]),
    image: imageSchema.optional(),
    draft: z.boolean().default(false),
    aliases: z.array(slug).default([]),
    corrections: z.array(correctionSchema).default([]),
    dateline: text(60).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.updatedDate && data.pubDate && data.updatedDate < data.pubDate) {
      ctx.addIssue({
        code: "custom",
        path: ["updatedDate"],
        message: "is before pubDate. Fix: set updatedDate on or after pubDate, or remove it",
      });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;
