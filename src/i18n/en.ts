import type { Dictionary } from "./types.ts";

const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

export const en: Dictionary = {
  lang: "en",
  dateLocale: "en-CA",
  ogLocale: "en_CA",
  site: {
    name: "Refuge North",
    tagline: "Canada, Chechnya and the people who fled the 2017 purge",
    description:
      "News, explainers and fact-checks on Canada's resettlement of LGBT people who fled the 2017 anti-gay purge in Chechnya, with every fact sourced.",
  },
  nav: {
    label: "Main",
    home: "Latest",
    archive: "All stories",
    topics: "Topics",
    timeline: "Timeline",
    resources: "Resources",
    search: "Search",
    about: "About",
    skipToContent: "Skip to content",
  },
  exit: { label: "Leave this site", hint: "or press Esc three times" },
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
    refLabel: (n, publisher) => `Source ${n}: ${publisher}`,
    backTo: (n, label) => (label ? `Back to citation ${n}${label}` : `Back to citation ${n} in the text`),
    archived: "Archived copy",
    accessed: "accessed",
    accessedNote: (date) => `Sources accessed on ${date} unless another date is given.`,
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
  archive: {
    title: "All stories",
    description: "Every Refuge North story, newest first.",
    pageTitle: (page, last) => `All stories, page ${page} of ${last}`,
    pagination: "Archive pages",
    newer: "Newer stories",
    older: "Older stories",
    pageOf: (page, last) => `Page ${page} of ${last}`,
  },
  topicsPage: {
    title: "Topics",
    intro: "Every story on Refuge North belongs to one or more topics.",
    count: (n) => `${n} ${n === 1 ? "story" : "stories"}`,
  },
  topicPage: {
    title: (topic) => `Topic: ${topic}`,
    empty: "No stories on this topic yet.",
    feed: "RSS feed for this topic",
  },
  timelinePage: {
    title: "Timeline",
    description: "The 2017 purge in Chechnya, Canada's response and what came after, date by date, with sources.",
    intro:
      "Key events from the first detentions in Chechnya to Canada's later refugee programmes. Dates are as precise as the sources allow; each event links to its sources.",
    sources: "Sources",
    coverage: "Our coverage",
  },
  resourcesPage: {
    title: "Resources",
    description: "Organisations that help LGBT people escape persecution or resettle in Canada.",
    intro:
      "Organisations that help LGBT people escape persecution or resettle in Canada, as described in our sources. Links open the organisation's own site.",
    safety:
      "If you are at risk: this site keeps no record of your visit, but your device and network may. Consider a private window, and contact organisations from a device and connection you trust.",
    categories: {
      evacuation: "Evacuation and emergency help",
      resettlement: "Resettlement in Canada",
      legal: "Legal help",
      advocacy: "Advocacy and documentation",
      support: "Support and community",
      government: "Government programmes",
    },
    area: "Works in",
    sources: "Sources",
  },
  sourcesPage: {
    title: "Sources",
    description: "Every source Refuge North cites, with the stories that cite it.",
    intro:
      "Every source cited in our stories, by publisher. Each links to the original and lists the stories that cite it.",
    citedIn: "Cited in",
  },
  about: {
    title: "About Refuge North",
    description: "Who we are, how we check facts, how we correct mistakes and how we protect readers' privacy.",
    sections: [
      {
        heading: "What we cover",
        paragraphs: [
          "Refuge North reports on Canada's resettlement of LGBT people who fled the 2017 anti-gay purge in Chechnya, and on what came after: investigations, court cases and the refugee programmes that followed.",
          'Our articles are written by the Refuge North newsroom and carry the byline "Refuge North staff".',
        ],
      },
      {
        heading: "How we check facts",
        paragraphs: [
          "Every factual sentence links to its source. The numbered Sources list at the end of each article gives each source's title, publisher and date, a link to the original and, where there is one, an archived copy.",
          "We use only facts we have verified in those sources. Where sources disagree, we say so and attribute each figure. Where a single source reports something, we name it in the sentence. We quote people only word for word from the source.",
        ],
      },
      {
        heading: "Protecting the people we write about",
        paragraphs: [
          "Many survivors spoke to reporters under pseudonyms. We name people only as the sources name them publicly, and we add no detail that could identify anyone.",
        ],
      },
      {
        heading: "Corrections",
        paragraphs: [
          "When we get something wrong, we fix it and say so in a corrections box at the top of the article, with the date of the correction. When a widely shared account gets a fact wrong, we publish a fact check that sets out the correct fact and its source.",
        ],
      },
      {
        heading: "Your privacy",
        paragraphs: [
          "Some of our readers are at risk. This site sets no cookies, runs no analytics or trackers, loads no fonts, scripts or images from other sites, and asks your browser not to tell the sites we link to that you came from here. Every page can be read with JavaScript turned off.",
        ],
      },
    ],
  },
  search: {
    title: "Search",
    description: "Search every Refuge North story.",
    label: "Search the site",
    button: "Search",
    noScript: "Search needs JavaScript, which is turned off in your browser. You can still find every story:",
    browse: "Browse instead",
    archive: "all stories, newest first",
    topics: "stories by topic",
    resultsTemplate: 'Results for "{query}": {count}',
    noneTemplate: 'No results for "{query}".',
    loading: "Searching...",
    failed: "Search is not available right now. Browse the archive or topics instead.",
  },
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
    feeds: "Follow",
    rss: "RSS feed",
    jsonFeed: "JSON feed",
    sources: "All sources we cite",
  },
  feeds: { site: "Refuge North: latest stories", topic: (topic) => `Refuge North: ${topic}` },
  share: {
    heading: "Share this story",
    email: "Email",
    native: "Share...",
    copy: "Copy link",
    copied: "Link copied.",
    copyFailed: "Could not copy. Copy the address from your browser's address bar instead.",
  },
  list: (items) => list.format(items),
};
