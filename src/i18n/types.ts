import type { ArticleKind } from "../schemas/index.ts";

/** Every piece of interface text. An edition (French, Russian) is one more object of this type. */
export interface Dictionary {
  /** BCP 47 tag for `<html lang>` and date formatting. */
  lang: string;
  dateLocale: string;
  site: { name: string; tagline: string; description: string };
  nav: { label: string; home: string; topics: string; skipToContent: string };
  kinds: Record<ArticleKind, string>;
  article: {
    by: string;
    published: string;
    updated: string;
    dateline: (place: string) => string;
    topics: string;
    corrections: string;
    correction: string;
    draft: string;
  };
  citations: {
    heading: string;
    /** Accessible name of a citation mark: "Source 3: The Globe and Mail, ..." */
    refLabel: (n: number, publisher: string, title: string) => string;
    backTo: (n: number, label?: string) => string;
    original: string;
    archived: string;
    accessed: string;
    locator: string;
  };
  related: {
    heading: string;
    pick: string;
    alsoAbout: (topics: string) => string;
    sharedSources: (count: number) => string;
    sameTime: string;
  };
  home: { title: string; latest: string; empty: string };
  topicsPage: { title: string; intro: string; count: (n: number) => string };
  topicPage: { title: (topic: string) => string; empty: string };
  notFound: { title: string; body: string; home: string; topics: string };
  redirect: { title: string; body: string };
  footer: { about: string; privacy: string };
  list: (items: string[]) => string;
}
