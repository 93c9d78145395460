/**
 * Feed items built once from articles, then written as RSS 2.0 (by @astrojs/rss)
 * and as JSON Feed 1.1 (a plain object: the format is JSON, no library needed).
 */
import type { RSSFeedItem } from "@astrojs/rss";

export const FEED_SIZE = 50;

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
