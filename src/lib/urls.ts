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
  /** The archive filtered to one kind of story (a page of its own: no script needed). */
  archiveKind: (kind: string) => `/archive/kind/${kind}/`,
  sources: () => "/sources/",
  timeline: () => "/timeline/",
  resources: () => "/resources/",
  logo: () => "/logo.png",
  siteShareImage: () => "/share.png",
};
