/** Open Graph and Twitter card tags for a page: what a link unfurls to when shared. */

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageMetaInput {
  url: string;
  title: string;
  description: string;
  siteName: string;
  /** Open Graph locale, e.g. "en_CA". */
  locale: string;
  image: ShareImage;
  article?: { published: string; modified: string; section?: string | undefined; tags: string[] } | undefined;
}

export interface MetaTag {
  /** Open Graph uses `property`, Twitter cards use `name`. */
  attribute: "property" | "name";
  key: string;
  content: string;
}

export function pageMetaTags(input: PageMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: "property", key, content });
  const tw = (key: string, content: string): MetaTag => ({ attribute: "name", key, content });
  const tags = [
    og("og:type", input.article ? "article" : "website"),
    og("og:site_name", input.siteName),
    og("og:locale", input.locale),
    og("og:title", input.title),
    og("og:description", input.description),
    og("og:url", input.url),
    og("og:image", input.image.url),
    og("og:image:type", "image/png"),
    og("og:image:width", String(input.image.width)),
    og("og:image:height", String(input.image.height)),
    og("og:image:alt", input.image.alt),
  ];
  if (input.article) {
    tags.push(
      og("article:published_time", input.article.published),
      og("article:modified_time", input.article.modified),
    );
    if (input.article.section) tags.push(og("article:section", input.article.section));
    tags.push(...input.article.tags.map((tag) => og("article:tag", tag)));
  }
  tags.push(
    tw("twitter:card", "summary_large_image"),
    tw("twitter:title", input.title),
    tw("twitter:description", input.description),
    tw("twitter:image", input.image.url),
    tw("twitter:image:alt", input.image.alt),
  );
  return tags;
}
