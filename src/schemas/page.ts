import { z } from "zod";
import { text } from "./common.ts";

/** `content/pages/<slug>.mdx`: a page editors write, such as About; the text is the body. */
export const pageSchema = z.strictObject({
  title: text(110).describe("The page's heading, as readers see it."),
  description: z
    .string()
    .trim()
    .min(50)
    .max(220)
    .describe("One or two sentences on what the page says, for search results and link previews."),
});

export type PageData = z.output<typeof pageSchema>;
