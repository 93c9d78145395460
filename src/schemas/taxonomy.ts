import { z } from "zod";
import { text } from "./common.ts";

/** `content/authors/<slug>.yaml`. The byline is the newsroom; no invented people. */
export const authorSchema = z.strictObject({
  name: text(80).describe("The byline, as readers see it."),
  description: text(300).describe("One or two sentences about the author."),
});

/** `content/topics/<slug>.yaml`. */
export const topicSchema = z.strictObject({
  title: text(80).describe("The name of the topic, as readers see it."),
  description: text(300).describe("One or two sentences shown on the topic's page."),
});

export type AuthorData = z.output<typeof authorSchema>;
export type TopicData = z.output<typeof topicSchema>;
