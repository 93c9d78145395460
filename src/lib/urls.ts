/** Every internal path is built here, so a change of URL scheme is one edit. */
export const paths = {
  home: () => "/",
  article: (slug: string) => `/articles/${slug}/`,
  shareImage: (slug: string) => `/articles/${slug}/share.png`,
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
  sources: () => "/sources/",
  timeline: () => "/timeline/",
  resources: () => "/resources/",
  logo: () => "/logo.png",
  siteShareImage: () => "/share.png",
};
