import type { ArticleKind, Verdict } from "../schemas/index.ts";

/** Every piece of interface text. An edition (French, Russian) is one more object of this type. */
export interface Dictionary {
  /** BCP 47 tag for `<html lang>` and date formatting. */
  lang: string;
  dateLocale: string;
  /** Open Graph locale, e.g. "en_CA". */
  ogLocale: string;
  /** kicker: above the tagline on the site's own share card (the name is already in its footer). */
  site: { name: string; tagline: string; description: string; kicker: string };
  nav: {
    label: string;
    home: string;
    archive: string;
    topics: string;
    timeline: string;
    resources: string;
    search: string;
    about: string;
    skipToContent: string;
  };
  /** The "Leave this site" link in the header; the hint shows only where the shortcut works. */
  exit: { label: string; hint: string };
  /** The language switcher, and links from an edition to pages that exist in English only. */
  languages: {
    label: string;
    /** This language's own name, as its readers write it: "English", "Русский". */
    name: string;
    /** After a link to a page in English only: "(in English)". */
    inEnglish: string;
  };
  /** On a translated article. */
  translation: {
    note: string;
    original: string;
    stale: (date: string) => string;
  };
  /** An edition's front page. */
  edition: { intro: string; articles: string; more: string };
  kinds: Record<ArticleKind, string>;
  /** A fact check's verdicts: the scale's labels, and the words around the badges. */
  claims: {
    verdicts: Record<Verdict, string>;
    heading: string;
    verdict: string;
    claimBy: (claimant: string, when: string) => string;
    where: string;
    /** Said once above the list when every claim comes from the same page. */
    allBy: (claimant: string, when: string) => string;
  };
  /** A kind as a section of stories: "Explainers", "Fact checks". */
  kindsPlural: Record<ArticleKind, string>;
  article: {
    by: string;
    published: string;
    updated: string;
    /** The run-in before the first paragraph, with its dash and space: "TORONTO — ". */
    dateline: (place: string) => string;
    topics: string;
    corrections: string;
    correction: string;
    draft: string;
    /** Said on paper only: where the printout came from, and (with JavaScript) when. */
    printedFrom: string;
    printedOn: (date: string) => string;
  };
  citations: {
    heading: string;
    /** Accessible name of a citation mark: "Source 3: The Globe and Mail" (the list gives the rest). */
    refLabel: (n: number, publisher: string) => string;
    backTo: (n: number, label?: string) => string;
    archived: string;
    /** Before the copy a source was read through: "Read via NewsSniffer." */
    readVia: string;
    accessed: string;
    /** Said once above a Sources list: the access date most entries share. */
    accessedNote: (date: string) => string;
    locator: string;
    skipToSources: string;
    /** A citation in a feed reader, which has no stylesheet: "[3]". */
    feedMark: (n: number) => string;
  };
  related: {
    heading: string;
    moreOn: (topics: string) => string;
    sameSources: string;
    sameTime: string;
  };
  home: {
    title: string;
    latest: string;
    empty: string;
    lead: string;
    more: string;
    factChecks: string;
    allFactChecks: string;
    timeline: { heading: string; body: string; link: string };
    help: { heading: string; body: string; resources: string; explainer: string };
  };
  archive: {
    title: string;
    description: string;
    pageTitle: (page: number, last: number) => string;
    pagination: string;
    newer: string;
    older: string;
    pageOf: (page: number, last: number) => string;
    filter: string;
    allKinds: string;
    empty: string;
    kindTitle: (kind: string) => string;
    kindDescription: (kind: string) => string;
  };
  topicsPage: { title: string; intro: string; count: (n: number) => string };
  topicPage: {
    title: (topic: string) => string;
    label: string;
    empty: string;
    feed: string;
    latest: string;
    more: string;
  };
  timelinePage: {
    title: string;
    description: string;
    intro: string;
    sources: string;
    coverage: string;
    /** Label of the jump links to each year. */
    years: string;
    partOfMonth: Record<"early-month" | "mid-month" | "late-month", (month: string) => string>;
  };
  resourcesPage: {
    title: string;
    description: string;
    intro: string;
    /** Leads to the explainer on reaching Canada, before the directory. */
    explainer: string;
    /** What is true about this site's privacy, and how to browse more safely. */
    safety: { heading: string; paragraphs: string[]; tips: string[] };
    categories: Record<import("../schemas/index.ts").ResourceCategory, string>;
    does: string;
    helps: string;
    area: string;
    languages: string;
    languagesUnknown: string;
    pageLanguage: (language: string) => string;
    reach: string;
    status: string;
    checked: string;
    sources: string;
  };
  sourcesPage: {
    title: string;
    description: string;
    intro: string;
    citedIn: string;
    pagination: string;
    previous: string;
    next: string;
    publishers: string;
    /** What a place that cites a source is, shown before its title. */
    citedAs: { article: string; timeline: string; resource: string };
  };
  search: {
    title: string;
    description: string;
    label: string;
    button: string;
    placeholder: string;
    ellipsis: string;
    pageKinds: { timeline: string; resources: string; sources: string; page: string };
    noScript: string;
    browse: string;
    archive: string;
    topics: string;
    /** Filled in by the browser: {count} and {query}. */
    resultsTemplate: string;
    noneTemplate: string;
    loading: string;
    failed: string;
  };
  notFound: { title: string; body: string; home: string; topics: string };
  redirect: { title: string; body: string };
  footer: {
    about: string;
    privacy: string;
    feeds: string;
    rss: string;
    jsonFeed: string;
    sources: string;
    corrections: string;
  };
  feeds: { site: string; topic: (topic: string) => string; corrections: string };
  corrections: {
    title: string;
    description: string;
    intro: string;
    policy: string;
    feed: string;
    empty: string;
    itemTitle: (headline: string) => string;
    /** Under every article. */
    report: string;
    reportHint: string;
    allLink: string;
    /** On the About page: the configured contact, or that there is none. */
    contact: string;
    noContact: string;
  };
  share: { heading: string; email: string; native: string; copy: string; copied: string; copyFailed: string };
  list: (items: string[]) => string;
  /** Between items of a line of details: "News · March 3, 2026". */
  separator: string;
}
