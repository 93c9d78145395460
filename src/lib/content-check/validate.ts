import { COLLECTIONS, SLUG_PATTERN, type CollectionName } from "../../schemas/index.ts";
import type {
  ArticleData,
  AuthorData,
  ResourceData,
  SourceData,
  TimelineEventData,
  TopicData,
  PageData,
} from "../../schemas/index.ts";
import { findCitations, type CiteOccurrence } from "../citations.ts";
import { nearHint } from "../suggest.ts";
import { checkMdxBody } from "./mdx-policy.ts";
import { verdictProblems } from "../claims.ts";
import { parseContentFile } from "./parse.ts";
import type { Problem } from "./problem.ts";
import { schemaProblems } from "./schema-issues.ts";

/** A file as read from disk: which collection, its repo-relative path, its bytes. */
export interface ContentFile {
  collection: CollectionName;
  file: string;
  bytes: Uint8Array | string;
}

interface Entry<T> {
  slug: string;
  file: string;
  data: T;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface CheckedArticle extends Entry<ArticleData> {
  body: string;
  citations: CiteOccurrence[];
}

export interface CheckedContent {
  articles: Map<string, CheckedArticle>;
  sources: Map<string, Entry<SourceData>>;
  authors: Map<string, Entry<AuthorData>>;
  topics: Map<string, Entry<TopicData>>;
  timeline: Map<string, Entry<TimelineEventData>>;
  resources: Map<string, Entry<ResourceData>>;
  pages: Map<string, Entry<PageData>>;
}

export interface CheckResult {
  problems: Problem[];
  content: CheckedContent;
}

/** The slug of a content file is its name: `content/articles/2017/foo.mdx` is "foo". */
export function slugOf(file: string): string {
  return file
    .split("/")
    .pop()!
    .replace(/\.[^.]+$/, "");
}

function knownKeysOf(collection: CollectionName): string[] {
  const schema = COLLECTIONS[collection].schema as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/**
 * Validates every content file with the zod schemas, then every cross-reference
 * between them. Returns all problems at once; pure apart from the MDX parser.
 */
export function checkContent(
  files: readonly ContentFile[],
  options: { publicFiles?: ReadonlySet<string> } = {},
): CheckResult {
  const problems: Problem[] = [];
  const content: CheckedContent = {
    articles: new Map(),
    sources: new Map(),
    authors: new Map(),
    topics: new Map(),
    timeline: new Map(),
    resources: new Map(),
    pages: new Map(),
  };
  const claimed = new Map<string, string>(); // article slug or alias -> file that claims it
  // Files that exist, valid or not: a reference to a broken file is not a second problem.
  const present = {
    articles: new Set<string>(),
    sources: new Set<string>(),
    authors: new Set<string>(),
    topics: new Set<string>(),
    timeline: new Set<string>(),
    resources: new Set<string>(),
    pages: new Set<string>(),
  };

  for (const { collection, file, bytes } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const slug = slugOf(file);
    if (!SLUG_PATTERN.test(slug)) {
      const suggestion = slug
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      problems.push({
        file,
        field: "file name",
        message: `"${slug}" is not a valid slug. Fix: rename the file to "${suggestion}${file.slice(file.lastIndexOf("."))}"`,
      });
      continue;
    }
    present[collection].add(slug);
    const parsed = parseContentFile(file, bytes);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { data, body, bodyLine, lineOf } = parsed.parsed;
    const bodyProblems = collection === "articles" || collection === "pages" ? checkMdxBody(file, body, bodyLine) : [];
    problems.push(...bodyProblems);
    const result = COLLECTIONS[collection].schema.safeParse(data, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(file, result.error, lineOf, knownKeysOf(collection)));
      continue;
    }
    if (collection === "articles") {
      problems.push(...verdictProblems(file, body, bodyLine, (result.data as ArticleData).claims));
    }
    const map = content[collection] as Map<string, Entry<unknown> | CheckedArticle>;
    const twin = map.get(slug);
    if (twin) {
      problems.push({
        file,
        field: "file name",
        message: `the slug "${slug}" is already used by ${twin.file}. Fix: rename one of the two files`,
      });
      continue;
    }
    if (collection === "sources" && (result.data as SourceData).id && (result.data as SourceData).id !== slug) {
      problems.push({
        file,
        line: lineOf(["id"]),
        field: "id",
        message: `"${(result.data as SourceData).id}" differs from the file name "${slug}". Fix: make them the same, or remove the id field`,
      });
      continue;
    }
    if (collection === "articles") {
      const citations = findCitations(body).map((c) => ({ ...c, line: c.line + bodyLine - 1 }));
      map.set(slug, { slug, file, data: result.data, lineOf, body, citations });
    } else {
      map.set(slug, { slug, file, data: result.data, lineOf });
    }
  }

  for (const article of content.articles.values()) {
    claimed.set(article.slug, article.file);
  }

  const renamed = new Map(
    [...content.articles.values()].flatMap((a) => a.data.aliases.map((alias) => [alias, a.slug] as const)),
  );
  for (const article of content.articles.values()) {
    const { file, data, lineOf, slug } = article;
    // `known` is searched for suggestions only on a miss: copying it per article would be quadratic.
    const refs = (field: "authors" | "topics" | "related", known: Set<string>, noun: string) =>
      data[field].forEach((ref, i) => {
        if (field === "related" && ref === slug) {
          problems.push({
            file,
            line: lineOf([field, i]),
            field: `${field}[${i}]`,
            message: `the article lists itself. Fix: remove "${ref}" from related`,
          });
        } else if (!known.has(ref) && field === "related" && renamed.has(ref)) {
          problems.push({
            file,
            line: lineOf([field, i]),
            field: `${field}[${i}]`,
            message: `"${ref}" is the old slug of "${renamed.get(ref)}". Fix: write "${renamed.get(ref)}"`,
          });
        } else if (!known.has(ref)) {
          problems.push({
            file,
            line: lineOf([field, i]),
            field: `${field}[${i}]`,
            message: `no ${noun} "${ref}".${nearHint(ref, known, field === "related" ? "slugs" : `${field}`)} Fix: use an existing ${noun}${field === "related" ? " slug" : ` (content/${field}/)`}, or add it`,
          });
        }
      });
    refs("authors", present.authors, "author");
    refs("topics", present.topics, "topic");
    refs("related", present.articles, "article");

    data.aliases.forEach((alias, i) => {
      const owner = claimed.get(alias);
      if (owner) {
        problems.push({
          file,
          line: lineOf(["aliases", i]),
          field: `aliases[${i}]`,
          message: `"${alias}" is already ${owner === file ? "this article's own slug" : `used by ${owner}`}. Fix: remove this alias${owner === file ? "" : " or rename the other article"}`,
        });
      } else {
        claimed.set(alias, file);
      }
    });

    // The template from `npm run new` must not reach readers.
    if (!data.draft && data.description.startsWith("TODO:")) {
      problems.push({
        file,
        line: lineOf(["description"]),
        field: "description",
        message:
          "is still the placeholder from npm run new. Fix: write a one- or two-sentence summary before publishing (or keep draft: true)",
      });
    }
    if (!data.draft && /^Write the article here/m.test(article.body)) {
      problems.push({
        file,
        field: "body",
        message:
          'still has the template text "Write the article here". Fix: replace it with the article before publishing (or keep draft: true)',
      });
    }

    if (data.image && options.publicFiles && !options.publicFiles.has(data.image.src)) {
      problems.push({
        file,
        line: lineOf(["image", "src"]),
        field: "image.src",
        message: `no file public${data.image.src}. Fix: add the image there, or correct the path`,
      });
    }

    for (const citation of article.citations) {
      if (!citation.sourceId) {
        problems.push({
          file,
          line: citation.line,
          field: "body",
          message: 'a <Cite /> has no id. Fix: write <Cite id="source-id" /> with the id of a file in content/sources/',
        });
      } else if (!present.sources.has(citation.sourceId)) {
        problems.push({
          file,
          line: citation.line,
          field: "body",
          message: `<Cite id="${citation.sourceId}" /> names no source.${nearHint(citation.sourceId, present.sources, "source ids")} Fix: use an existing id, or add content/sources/${citation.sourceId}.yaml`,
        });
      }
    }
  }

  // Timeline events and resources name their sources (and events their articles) by id.
  const listRefs = (entry: Entry<{ sources: string[]; articles?: string[] }>) => {
    const check = (field: "sources" | "articles", known: Set<string>, noun: string) =>
      (entry.data[field] ?? []).forEach((ref, i) => {
        if (known.has(ref)) return;
        problems.push({
          file: entry.file,
          line: entry.lineOf([field, i]),
          field: `${field}[${i}]`,
          message: `no ${noun} "${ref}".${nearHint(ref, known, field === "sources" ? "source ids" : "slugs")} Fix: use an existing ${noun}${field === "sources" ? ` id, or add content/sources/${ref}.yaml` : " slug"}`,
        });
      });
    check("sources", present.sources, "source");
    check("articles", present.articles, "article");
  };
  content.timeline.forEach(listRefs);
  content.resources.forEach(listRefs);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, content };
}
