/**
 * Feed items built once from articles, then written as RSS 2.0 (by @astrojs/rss)
 * and as JSON Feed 1.1 (a plain object: the format is JSON, no library needed).
 */
import type { RSSFeedItem } from "@astrojs/rss";
import { SETTINGS } from "../settings.ts";

export const FEED_SIZE = SETTINGS.feedSize;

export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  published: Date;
  modified: Date;
  tags: string[];
  author: string;
  /** The article's full text as HTML, every link absolute. */
  contentHtml: string;
  /** The share card, absolute. */
  image: { url: string; width: number; height: number; type: string };
}

export interface FeedMeta {
  title: string;
  description: string;
  homeUrl: string;
  feedUrl: string;
  lang: string;
  icon: string;
}

/** Atom (the channel's link to itself), Dublin Core (item authors), Media RSS (item images). */
export const RSS_NAMESPACES = {
  atom: "http://www.w3.org/2005/Atom",
  dc: "http://purl.org/dc/elements/1.1/",
  media: "http://search.yahoo.com/mrss/",
};

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`);

/**
 * A body rendered for the site, made to work in a feed reader: fragment links (the
 * citations) point at the article's Sources list, and site-relative links and images at
 * the site, since a reader shows the text away from its page.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return html
    .replace(/(\s(?:href|src))="#/g, `$1="${pageUrl}#`)
    .replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${origin}/`);
}

/** The newest change among the items, for lastBuildDate: the same build of the same content says the same. */
export function lastChange(items: readonly FeedItem[]): Date | undefined {
  return items.reduce<Date | undefined>(
    (latest, item) => (!latest || item.modified > latest ? item.modified : latest),
    undefined,
  );
}

/**
 * Channel elements @astrojs/rss has no option for: the language, and the feed's own
 * address as atom:link rel="self", which feed validators ask for so a reader can tell
 * where a copied feed came from. The address is the site's URL plus a fixed feed path
 * (no query): URL's href percent-encodes the quotes and angle brackets that could end
 * the attribute, and no ampersand can occur in it.
 */
export function rssChannelData(lang: string, feedUrl: URL, items: readonly FeedItem[] = []): string {
  const changed = lastChange(items);
  return (
    `<language>${lang}</language><atom:link href="${feedUrl.href}" rel="self" type="application/rss+xml"/>` +
    (changed ? `<lastBuildDate>${changed.toUTCString()}</lastBuildDate>` : "")
  );
}

export function toRssItems(items: readonly FeedItem[]): RSSFeedItem[] {
  return items.map((item) => ({
    title: item.title,
    link: item.url,
    description: item.summary,
    pubDate: item.published,
    categories: item.tags,
    content: item.contentHtml,
    customData:
      `<dc:creator>${escapeXml(item.author)}</dc:creator>` +
      `<media:content url="${escapeXml(item.image.url)}" medium="image" type="${item.image.type}" width="${item.image.width}" height="${item.image.height}"/>`,
  }));
}

export function toJsonFeed(meta: FeedMeta, items: readonly FeedItem[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    language: meta.lang,
    icon: meta.icon,
    authors: [{ name: meta.title, url: meta.homeUrl }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      image: item.image.url,
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      tags: item.tags,
      authors: [{ name: item.author }],
    })),
  };
}
