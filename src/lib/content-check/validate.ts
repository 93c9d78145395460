import { COLLECTION_NAMES, COLLECTIONS, SLUG_PATTERN, type CollectionName } from "../../schemas/index.ts";
import type {
  ArticleData,
  AuthorData,
  ResourceData,
  SourceData,
  TimelineEventData,
  TopicData,
  PageData,
  TranslationData,
} from "../../schemas/index.ts";
import type { CiteOccurrence } from "../citations.ts";
import { entryIdOf, slugOf, slugify } from "../slug.ts";
import { checkCrossReferences } from "./cross-references.ts";
import { checkTranslations } from "./translations.ts";
import { checkMdxBody, type InternalLink } from "./mdx-policy.ts";
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

export interface Entry<T> {
  /** The slug (file name): the same id Astro's loaders give the entry. */
  id: string;
  slug: string;
  file: string;
  data: T;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** An entry with an MDX body, and what the check learned from it. */
export interface WithBody<T> extends Entry<T> {
  body: string;
  citations: CiteOccurrence[];
  internalLinks: InternalLink[];
  headingIds: string[];
}

export type CheckedTranslation = WithBody<TranslationData>;

export interface CheckedArticle extends Entry<ArticleData> {
  body: string;
  citations: CiteOccurrence[];
  internalLinks: InternalLink[];
  headingIds: string[];
}

export interface CheckedContent {
  articles: Map<string, CheckedArticle>;
  sources: Map<string, Entry<SourceData>>;
  authors: Map<string, Entry<AuthorData>>;
  topics: Map<string, Entry<TopicData>>;
  timeline: Map<string, Entry<TimelineEventData>>;
  resources: Map<string, Entry<ResourceData>>;
  pages: Map<string, Entry<PageData>>;
  translations: Map<string, CheckedTranslation>;
}

export interface CheckResult {
  problems: Problem[];
  /** Not problems, but what editors should know: e.g. translations older than their original. */
  notices: string[];
  content: CheckedContent;
}

function knownKeysOf(collection: CollectionName): string[] {
  const schema = COLLECTIONS[collection].schema as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

const byCollection = <T>(make: () => T) =>
  Object.fromEntries(COLLECTION_NAMES.map((name) => [name, make()])) as Record<CollectionName, T>;

/**
 * Validates every content file with the zod schemas, then every cross-reference
 * between them. Returns all problems at once; pure apart from the MDX parser.
 */
export function checkContent(
  files: readonly ContentFile[],
  options: { assetFiles?: ReadonlySet<string> } = {},
): CheckResult {
  const problems: Problem[] = [];
  const content = byCollection(() => new Map()) as unknown as CheckedContent;
  // Files that exist, valid or not: a reference to a broken file is not a second problem.
  const present = byCollection(() => new Set<string>());

  for (const { collection, file, bytes } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const slug = entryIdOf(collection, file);
    const name = slugOf(file);
    if (!SLUG_PATTERN.test(name)) {
      const suggestion = slugify(name) || "article";
      problems.push({
        file,
        field: "file name",
        message: `"${name}" is not a valid slug. Fix: rename the file to "${suggestion}${file.slice(file.lastIndexOf("."))}"`,
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
    // Pages (About) are Markdown like articles, under the same rules.
    const bodyFacts = COLLECTIONS[collection].extensions.includes(".mdx" as never)
      ? checkMdxBody(file, body, bodyLine)
      : undefined;
    if (bodyFacts) problems.push(...bodyFacts.problems);
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
    const entry = { id: slug, slug, file, data: result.data, lineOf };
    map.set(
      slug,
      bodyFacts
        ? {
            ...entry,
            body,
            citations: bodyFacts.citations,
            internalLinks: bodyFacts.internalLinks,
            headingIds: bodyFacts.headingIds,
          }
        : entry,
    );
  }

  problems.push(...checkCrossReferences(content, present, options));
  const translations = checkTranslations(content);
  problems.push(...translations.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, notices: translations.notices, content };
}
