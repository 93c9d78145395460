/** Every internal path is built here, so a change of URL scheme is one edit. */
export const paths = {
  home: () => "/",
  article: (slug: string) => `/articles/${slug}/`,
  topics: () => "/topics/",
  topic: (slug: string) => `/topics/${slug}/`,
};
