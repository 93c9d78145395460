/**
 * Every internal path, built and read here: pages, integrations, the sitemap, search,
 * the check and the tests all ask this module, so a change of URL scheme (an edition
 * prefix such as /fr/) is a change to this file alone.
 */
import { EDITION_LANGS } from "../schemas/translation.ts";

const ARTICLES = "/articles/";

/** English paths: the whole site. */
export const paths = {
  home: () => "/",
  article: (slug: string) => `${ARTICLES}${slug}/`,
  shareImage: (slug: string) => `${ARTICLES}${slug}/share.png`,
  topics: () => "/topics/",
  topic: (slug: string) => `/topics/${slug}/`,
  topicFeed: (slug: string) => `/topics/${slug}/rss.xml`,
  rss: () => "/rss.xml",
  jsonFeed: () => "/feed.json",
  about: () => "/about/",
  /** The About page's corrections section: where reports go when no contact is configured. */
  aboutCorrections: () => "/about/#corrections",
  corrections: () => "/corrections/",
  correctionsFeed: () => "/corrections/rss.xml",
  search: () => "/search/",
  archive: () => "/archive/",
  /** The archive filtered to one kind of story (a page of its own: no script needed). */
  archiveKind: (kind: string) => `/archive/kind/${kind}/`,
  sources: () => "/sources/",
  timeline: () => "/timeline/",
  timelineEvent: (id: string) => `/timeline/#${id}`,
  resources: () => "/resources/",
  resource: (id: string) => `/resources/#${id}`,
  logo: () => "/logo.png",
  siteShareImage: () => "/share.png",
  sitemap: () => "/sitemap-index.xml",
};

export type Paths = typeof paths;

/**
 * The pages every edition has (under /<lang>/): its front page, its translated articles,
 * the resources directory, About and search, and its feed. Everything else exists in
 * English only, so an edition's paths lead there (and say so where they are shown).
 */
const EDITION_PAGES = [
  "home",
  "article",
  "shareImage",
  "about",
  "aboutCorrections",
  "search",
  "resources",
  "resource",
  "rss",
] as const satisfies readonly (keyof Paths)[];

/** The edition prefix of a language: "" for English, "/ru" for Russian. */
export const langPrefix = (lang: string) => (lang === "en" ? "" : `/${lang}`);

/** The paths of one edition: its own pages under its prefix, English for the rest. */
export function pathsFor(lang: string): Paths {
  if (lang === "en") return paths;
  const prefix = langPrefix(lang);
  const edition = { ...paths } as Record<keyof Paths, (...args: string[]) => string>;
  for (const page of EDITION_PAGES) {
    const english = paths[page] as (...args: string[]) => string;
    edition[page] = (...args: string[]) => `${prefix}${english(...args)}`;
  }
  return edition as Paths;
}

/** Whether a page of `lang`'s paths is one of the edition's own (else it is English). */
export const isEditionPage = (page: keyof Paths) => (EDITION_PAGES as readonly string[]).includes(page);

/** The pages that are not one entry's: what a body may link to besides articles and topics. */
export const sectionPaths = (): string[] => [
  paths.home(),
  paths.topics(),
  paths.about(),
  paths.search(),
  paths.archive(),
  paths.sources(),
  paths.timeline(),
  paths.resources(),
];

const ARTICLE_PATH = new RegExp(`^${ARTICLES}([^/]+)/$`);
const TOPIC_PATH = /^\/topics\/([^/]+)\/$/;

/** "/articles/<slug>/" -> "<slug>"; undefined for any other path. */
export const articleSlugOf = (path: string) => ARTICLE_PATH.exec(path)?.[1];

/** "/ru/articles/<slug>/" -> { lang: "ru", slug }; an English article's path gives lang "en". */
export function storyOf(path: string): { lang: string; slug: string } | undefined {
  const english = articleSlugOf(path);
  if (english) return { lang: "en", slug: english };
  const lang = EDITION_LANGS.find((l) => path.startsWith(`${langPrefix(l)}/`));
  const slug = lang ? articleSlugOf(path.slice(langPrefix(lang).length)) : undefined;
  return lang && slug ? { lang, slug } : undefined;
}

/** "/topics/<slug>/" -> "<slug>"; undefined for any other path. */
export const topicSlugOf = (path: string) => TOPIC_PATH.exec(path)?.[1];

/** The built file of an article's page, relative to dist/. */
export const articleFile = (slug: string) => `${paths.article(slug).slice(1)}index.html`;

/** The folder in dist/ that holds the article pages. */
export const ARTICLES_DIR = ARTICLES.slice(1, -1);

/** Page 2, 3... of a list: its contents shift as stories are added, so it is no permalink. */
export const isListPage = (path: string) => /^\/(?:archive|sources|topics\/[^/]+)\/\d+\/$/.test(path);

/** An absolute URL of a site path. */
export const absolute = (path: string, site: URL | string) => new URL(path, site).href;
