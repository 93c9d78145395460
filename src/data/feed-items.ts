import type { Article, Site } from "./site.ts";
import { FEED_SIZE, type FeedItem } from "../lib/feeds.ts";
import { absolute, paths } from "../lib/urls.ts";

/** Feed entries for the newest `FEED_SIZE` of the given articles, with absolute URLs. */
export function feedItems(articles: readonly Article[], site: Site, siteUrl: URL): FeedItem[] {
  return articles.slice(0, FEED_SIZE).map((article) => ({
    url: absolute(paths.article(article.slug), siteUrl),
    title: article.data.title,
    summary: article.data.description,
    published: article.data.pubDate,
    modified: article.data.updatedDate ?? article.data.pubDate,
    tags: article.data.topics.map((slug) => site.topics.get(slug)?.data.title ?? slug),
    author: article.data.authors.map((id) => site.authors.get(id)?.data.name ?? id).join(", "),
  }));
}
