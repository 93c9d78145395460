/**
 * `npm run new`: everything but the file system. Turns a title and options into a
 * slug and the text of a new article that passes `npm run check` as written.
 */
import { ARTICLE_KINDS, SLUG_PATTERN, TITLE_MAX, articleSchema } from "../schemas/index.ts";
import { parseContentFile } from "./content-check/parse.ts";
import type { ContentFile } from "./content-check/validate.ts";
import { MAX_SLUG_LENGTH, slugOf, slugify } from "./slug.ts";
import { closest } from "./suggest.ts";

const MAX_TITLE_LENGTH = TITLE_MAX;

/** What a new article must not collide with, and what it may refer to. */
export interface SiteFacts {
  /** Every article slug and alias -> the file that claims it. */
  taken: Map<string, string>;
  topics: string[];
  authors: string[];
  sources: string[];
}

/** Reads the facts from content files as `readContentFiles` returns them; broken files still count. */
export function siteFacts(files: readonly ContentFile[]): SiteFacts {
  const facts: SiteFacts = { taken: new Map(), topics: [], authors: [], sources: [] };
  for (const { collection, file, bytes } of files) {
    const slug = slugOf(file);
    if (collection === "topics" || collection === "authors" || collection === "sources") {
      facts[collection].push(slug);
      continue;
    }
    if (collection !== "articles") continue;
    facts.taken.set(slug, file);
    const parsed = parseContentFile(file, bytes);
    const aliases = parsed.ok ? (parsed.parsed.data as { aliases?: unknown }).aliases : undefined;
    if (Array.isArray(aliases)) {
      for (const alias of aliases)
        if (typeof alias === "string" && !facts.taken.has(alias)) facts.taken.set(alias, file);
    }
  }
  for (const list of [facts.topics, facts.authors, facts.sources]) list.sort();
  return facts;
}

/** "foo" if free, else the first of "foo-2", "foo-3"... that no article or alias uses. */
export function freeSlug(slug: string, taken: ReadonlyMap<string, string>): string {
  if (!taken.has(slug)) return slug;
  const stem = slugify(slug, MAX_SLUG_LENGTH - 4);
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

export interface NewArticleRequest {
  title: string;
  kind?: string | undefined;
  topics?: readonly string[] | undefined;
  /** Overrides the slug made from the title. */
  slug?: string | undefined;
}

export type NewArticlePlan = { ok: true; slug: string; file: string; text: string } | { ok: false; message: string };

export const PLACEHOLDER_DESCRIPTION =
  "TODO: replace this with a one- or two-sentence summary of the article (50 to 220 characters).";

const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(quote).join(", ")}]`;
const didYouMean = (wanted: string, known: readonly string[]) => {
  const near = closest(wanted, known, 1)[0];
  return near ? `use "${near}"` : "use one of them";
};

/** The file as written: quoted strings and flow lists, like the articles editors copy from. */
export function articleText(fields: {
  title: string;
  kind: string;
  pubDate: string;
  authors: readonly string[];
  topics: readonly string[];
  sourceId: string | undefined;
}): string {
  const cite = fields.sourceId
    ? `Put the source of each fact right after the sentence it supports, like this.<Cite id="${fields.sourceId}" /> To point to a page or section, add a locator: \`<Cite id="${fields.sourceId}" loc="p. 12" />\`.`
    : 'Cite a source right after each fact: add the source to content/sources/ first (npm run sources:import), then write `<Cite id="its-id" />`.';
  return `---
title: ${quote(fields.title)}
description: ${quote(PLACEHOLDER_DESCRIPTION)}
kind: ${quote(fields.kind)}
pubDate: ${quote(fields.pubDate)}
authors: ${list(fields.authors)}
topics: ${list(fields.topics)}
draft: true
---

Write the article here, in Markdown, and replace this text. ${cite}

## A subheading

Separate paragraphs with a blank line; see content/EDITING.md for what an article may contain. Run npm run check when you are done, and remove the line "draft: true" when the article is ready to publish.
`;
}

/**
 * Checks the request against the site and builds the article. `today` is the
 * publication date ("YYYY-MM-DD", the day in Toronto), passed in to keep this pure.
 */
export function planArticle(request: NewArticleRequest, facts: SiteFacts, today: string): NewArticlePlan {
  const title = request.title.replace(/\s+/g, " ").trim();
  if (!title) return { ok: false, message: 'the title is empty. Fix: npm run new -- "Title of the article"' };
  if (title.length > MAX_TITLE_LENGTH) {
    return {
      ok: false,
      message: `the title is ${title.length} characters; at most ${MAX_TITLE_LENGTH} are allowed. Fix: shorten it by ${title.length - MAX_TITLE_LENGTH} characters`,
    };
  }

  const kind = request.kind ?? "news";
  if (!(ARTICLE_KINDS as readonly string[]).includes(kind)) {
    return {
      ok: false,
      message: `there is no kind "${kind}". Fix: ${didYouMean(kind, ARTICLE_KINDS)} (kinds: ${ARTICLE_KINDS.join(", ")})`,
    };
  }

  const topics = [...new Set(request.topics?.length ? request.topics : facts.topics.slice(0, 1))];
  if (!topics.length) {
    return { ok: false, message: "there are no topics in content/topics/. Fix: add a topic first" };
  }
  for (const topic of topics) {
    if (!facts.topics.includes(topic)) {
      return {
        ok: false,
        message: `there is no topic "${topic}" in content/topics/. Fix: ${didYouMean(topic, facts.topics)} (topics: ${facts.topics.join(", ")})`,
      };
    }
  }

  const slug = request.slug ?? slugify(title);
  if (!SLUG_PATTERN.test(slug)) {
    return {
      ok: false,
      message: request.slug
        ? `"${slug}" is not a valid slug. Fix: use lower-case letters, digits and hyphens, e.g. "${slugify(slug) || "canada-2017"}"`
        : "the title has no letters or digits to make a file name from. Fix: add --slug some-words-in-latin-letters",
    };
  }
  const owner = facts.taken.get(slug);
  if (owner) {
    const what = slugOf(owner) === slug ? `${owner} already exists` : `"${slug}" is an old name (alias) of ${owner}`;
    return {
      ok: false,
      message: `${what}. Fix: change the title, or add --slug ${freeSlug(slug, facts.taken)}`,
    };
  }

  const authors = facts.authors.includes("staff") || !facts.authors.length ? ["staff"] : facts.authors.slice(0, 1);
  const file = `content/articles/${slug}.mdx`;
  const text = articleText({ title, kind, pubDate: today, authors, topics, sourceId: facts.sources[0] });

  // A template the schema rejects would hand the editor a broken file; refuse instead.
  const parsed = parseContentFile(file, text);
  const valid = parsed.ok ? articleSchema.safeParse(parsed.parsed.data) : undefined;
  if (!valid?.success) {
    const issue = valid?.error.issues[0];
    return { ok: false, message: `could not build a valid article (${issue?.path.join(".")}: ${issue?.message})` };
  }
  return { ok: true, slug, file, text };
}
