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
}

export interface FeedMeta {
  title: string;
  description: string;
  homeUrl: string;
  feedUrl: string;
  lang: string;
  icon: string;
}

/** The Atom namespace, for the RSS channel's link to itself. */
export const RSS_NAMESPACES = { atom: "http://www.w3.org/2005/Atom" };

/**
 * Channel elements @astrojs/rss has no option for: the language, and the feed's own
 * address as atom:link rel="self", which feed validators ask for so a reader can tell
 * where a copied feed came from. The address is the site's URL plus a fixed feed path
 * (no query): URL's href percent-encodes the quotes and angle brackets that could end
 * the attribute, and no ampersand can occur in it.
 */
export function rssChannelData(lang: string, feedUrl: URL): string {
  return `<language>${lang}</language><atom:link href="${feedUrl.href}" rel="self" type="application/rss+xml"/>`;
}

export function toRssItems(items: readonly FeedItem[]): RSSFeedItem[] {
  return items.map((item) => ({
    title: item.title,
    link: item.url,
    description: item.summary,
    pubDate: item.published,
    categories: item.tags,
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
      content_text: item.summary,
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      tags: item.tags,
      authors: [{ name: item.author }],
    })),
  };
}
