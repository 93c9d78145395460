import type { Dictionary } from "./types.ts";

const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

export const en: Dictionary = {
  lang: "en",
  dateLocale: "en-CA",
  site: {
    name: "Refuge North",
    tagline: "Canada, Chechnya and the people who fled the 2017 purge",
    description:
      "News, explainers and fact-checks on Canada's resettlement of LGBT people who fled the 2017 anti-gay purge in Chechnya, with every fact sourced.",
  },
  nav: { label: "Main", home: "Latest", topics: "Topics", skipToContent: "Skip to content" },
  kinds: {
    news: "News",
    explainer: "Explainer",
    analysis: "Analysis",
    opinion: "Opinion",
    "fact-check": "Fact check",
  },
  article: {
    by: "By",
    published: "Published",
    updated: "Updated",
    dateline: (place) => place.toUpperCase(),
    topics: "Topics",
    corrections: "Corrections",
    correction: "Correction",
    draft: "Draft - not published",
  },
  citations: {
    heading: "Sources",
    refLabel: (n, publisher, title) => `Source ${n}: ${publisher}, "${title}"`,
    backTo: (n, label) => (label ? `Back to citation ${n}${label}` : `Back to citation ${n} in the text`),
    original: "Read the original",
    archived: "archived copy",
    accessed: "accessed",
    locator: "at",
  },
  related: {
    heading: "Related stories",
    pick: "Editors' pick",
    alsoAbout: (topics) => `Also about: ${topics}`,
    sharedSources: (count) => `Cites ${count} of the same source${count === 1 ? "" : "s"}`,
    sameTime: "Published around the same time",
  },
  home: { title: "Latest", latest: "Latest stories", empty: "No stories have been published yet." },
  topicsPage: {
    title: "Topics",
    intro: "Every story on Refuge North belongs to one or more topics.",
    count: (n) => `${n} ${n === 1 ? "story" : "stories"}`,
  },
  topicPage: { title: (topic) => `Topic: ${topic}`, empty: "No stories on this topic yet." },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. It may have been mistyped, or the page may have moved.",
    home: "Go to the latest stories",
    topics: "Browse topics",
  },
  redirect: { title: "This story has moved", body: "This story now lives at a new address:" },
  footer: {
    about: "Refuge North is an independent newsroom. Every factual claim links to its source.",
    privacy: "This site sets no cookies, runs no trackers and loads nothing from other sites.",
  },
  list: (items) => list.format(items),
};
