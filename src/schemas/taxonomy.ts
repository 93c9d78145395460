import { z } from "zod";
import { text } from "./common.ts";

/** `content/authors/<slug>.yaml`. The byline is the newsroom; no invented people. */
export const authorSchema = z.strictObject({
  name: text(80),
  description: text(300),
});

/** `content/topics/<slug>.yaml`. */
export const topicSchema = z.strictObject({
  title: text(80),
  description: text(300),
});

export type AuthorData = z.output<typeof authorSchema>;
export type TopicData = z.output<typeof topicSchema>;
