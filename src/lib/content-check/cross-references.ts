/**
 * Checks between files: every reference field (declared with `ref()` in the schemas),
 * aliases, citations, template leftovers, images and links inside article bodies.
 */
import { posix } from "node:path";
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  EDITION_LANGS,
  referenceFields,
  type CollectionName,
} from "../../schemas/index.ts";
import { aliasesOf } from "../site-model.ts";
import { closest, nearHint } from "../suggest.ts";
import { articleSlugOf, langPrefix, paths, pathsFor, sectionPaths, topicSlugOf } from "../urls.ts";
import { entryIdFor } from "../citations.ts";
import type { Problem } from "./problem.ts";
import type { CheckedArticle, CheckedContent, Entry } from "./validate.ts";

const NOUN: Record<CollectionName, string> = {
  articles: "article",
  sources: "source",
  authors: "author",
  topics: "topic",
  timeline: "timeline event",
  resources: "resource",
  pages: "page",
  translations: "translation",
};

/** "no topic "x". Known topics near it: ... Fix: ..." for a reference to nothing. */
function unknownReference(target: CollectionName, ref: string, known: Set<string>): string {
  const noun = NOUN[target];
  const hint = nearHint(ref, known, target === "articles" ? "slugs" : target === "sources" ? "source ids" : target);
  const fix =
    target === "sources"
      ? `use an existing source id, or add content/sources/${ref}.yaml`
      : target === "articles"
        ? "use an existing article slug, or add it"
        : `use an existing ${noun} (content/${COLLECTIONS[target].dir}/), or add it`;
  return `no ${noun} "${ref}".${hint} Fix: ${fix}`;
}

export function checkCrossReferences(
  content: CheckedContent,
  present: Record<CollectionName, Set<string>>,
  options: { assetFiles?: ReadonlySet<string> },
): Problem[] {
  const problems: Problem[] = [];
  const articles = [...content.articles.values()];
  const renamed = aliasesOf(articles);

  // Reference fields, generically: the schema says which collection each points to.
  for (const collection of COLLECTION_NAMES) {
    const fields = referenceFields(COLLECTIONS[collection].schema);
    for (const entry of (content[collection] as Map<string, Entry<Record<string, unknown>>>).values()) {
      for (const { field, collection: target } of fields) {
        const value = entry.data[field];
        const refs = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as string[];
        refs.forEach((ref, i) => {
          const path = Array.isArray(value) ? [field, i] : [field];
          const at = {
            file: entry.file,
            line: entry.lineOf(path),
            field: Array.isArray(value) ? `${field}[${i}]` : field,
          };
          if (collection === "articles" && field === "related" && ref === entry.slug) {
            problems.push({ ...at, message: `the article lists itself. Fix: remove "${ref}" from related` });
          } else if (present[target].has(ref)) {
            return;
          } else if (target === "articles" && renamed.has(ref)) {
            const current = renamed.get(ref)!;
            problems.push({ ...at, message: `"${ref}" is the old slug of "${current}". Fix: write "${current}"` });
          } else {
            problems.push({ ...at, message: unknownReference(target, ref, present[target]) });
          }
        });
      }
    }
  }

  const claimed = new Map<string, string>(articles.map((a) => [a.slug, a.file])); // slug or alias -> file
  for (const article of articles) {
    const { file, data, lineOf } = article;
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

    const image = data.image && posix.join(posix.dirname(file), data.image.src);
    if (image && options.assetFiles && !options.assetFiles.has(image)) {
      problems.push({
        file,
        line: lineOf(["image", "src"]),
        field: "image.src",
        message: `no file ${image}. Fix: add the image there, or correct the path`,
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
  problems.push(...checkInternalLinks(content, renamed));
  return problems;
}

/** The anchors an article page has: its headings, its Sources list and each cited source. */
const anchorsOf = (article: Pick<CheckedArticle, "headingIds" | "citations">) =>
  new Set([...article.headingIds, "sources-heading", ...article.citations.map((c) => entryIdFor(c.sourceId))]);

/**
 * Links in bodies to pages of this site that do not exist (an article, a topic, a
 * section, a #fragment), with the nearest existing address suggested.
 */
function checkInternalLinks(content: CheckedContent, renamed: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const sections = new Set(sectionPaths());
  const fragmentsOf = new Map<string, Set<string>>([
    [paths.timeline(), new Set(content.timeline.keys())],
    [paths.resources(), new Set(content.resources.keys())],
  ]);
  const known = [
    ...sections,
    ...[...content.articles.keys()].map((slug) => paths.article(slug)),
    ...[...content.topics.keys()].map((slug) => paths.topic(slug)),
  ];
  // An edition's own pages: its front page, About, search, resources and its translations.
  const editionPages = new Map<string, Map<string, Set<string> | undefined>>();
  for (const lang of EDITION_LANGS) {
    const edition = pathsFor(lang);
    const pages = new Map<string, Set<string> | undefined>([
      [edition.home(), undefined],
      [edition.about(), undefined],
      [edition.search(), undefined],
      [edition.resources(), new Set(content.resources.keys())],
    ]);
    for (const translation of content.translations.values()) {
      if (translation.data.lang === lang)
        pages.set(edition.article(translation.data.translationOf), anchorsOf(translation));
    }
    editionPages.set(lang, pages);
  }
  const linking = [
    ...[...content.articles.values()].map((entry) => ({ entry, self: paths.article(entry.slug), lang: "en" })),
    ...[...content.translations.values()].map((entry) => ({
      entry,
      self: pathsFor(entry.data.lang).article(entry.data.translationOf),
      lang: entry.data.lang as string,
    })),
  ];
  for (const { entry: article, self, lang } of linking) {
    for (const { url, line } of article.internalLinks) {
      const at = { file: article.file, line, field: "body" };
      const [pathAndQuery = "", fragment] = url.split("#", 2);
      const path = pathAndQuery.split("?")[0] || self;
      const edition = editionPages.get(lang);
      if (edition && path.startsWith(langPrefix(lang) + "/")) {
        if (!edition.has(path)) {
          const near = closest(path, edition.keys(), 1)[0];
          problems.push({
            ...at,
            message: `the link ${url} leads to no page of the "${lang}" edition (it has its front page, About, search, resources and its translations). Fix: ${near ? `link to ${near}` : "link to the English page"}`,
          });
        } else if (fragment && edition.get(path) && !edition.get(path)!.has(fragment)) {
          problems.push({
            ...at,
            message: `the link ${url} points to #${fragment}, which is not on ${path}. Fix: remove the #fragment, or use one that exists`,
          });
        }
        continue;
      }
      const slug = articleSlugOf(path);
      const target = slug ? content.articles.get(slug) : undefined;
      const exists =
        sections.has(path) || Boolean(target) || Boolean(topicSlugOf(path) && content.topics.has(topicSlugOf(path)!));
      if (!exists) {
        const current = slug && renamed.get(slug);
        const wanted = path.endsWith("/") ? path : `${path}/`;
        const topic = topicSlugOf(path);
        const near = current
          ? paths.article(current)
          : known.includes(wanted)
            ? wanted
            : slug
              ? closest(slug, content.articles.keys(), 1).map(paths.article)[0]
              : topic
                ? closest(topic, content.topics.keys(), 1).map(paths.topic)[0]
                : closest(
                    path,
                    sectionPaths().filter((p) => p !== paths.home()),
                    1,
                  )[0];
        problems.push({
          ...at,
          message: `the link ${url} leads to no page of this site${current ? ` (it is the old address of ${paths.article(current)})` : ""}. Fix: ${near ? `link to ${near}${fragment ? `#${fragment}` : ""}` : "use the address of an existing page"}`,
        });
        continue;
      }
      if (!fragment) continue;
      const anchors = target ? anchorsOf(target) : fragmentsOf.get(path);
      if (anchors && !anchors.has(fragment)) {
        const near = closest(fragment, anchors, 1)[0];
        problems.push({
          ...at,
          message: `the link ${url} points to #${fragment}, which is not on ${path}. Fix: ${near ? `use #${near}` : "remove the #fragment, or link to a heading that exists"}`,
        });
      }
    }
  }
  return problems;
}
