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
  search: () => "/search/",
  archive: () => "/archive/",
  sources: () => "/sources/",
  timeline: () => "/timeline/",
  resources: () => "/resources/",
  logo: () => "/logo.png",
  siteShareImage: () => "/share.png",
};
