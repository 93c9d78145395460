import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../data/site.ts";
import { feedItems } from "../data/feed-items.ts";
import { RSS_NAMESPACES, rssChannelData, toRssItems } from "../lib/feeds.ts";

export async function GET(context: APIContext) {
  const { t } = context.locals;
  const site = await getSite();
  const items = await feedItems(site.articles, site, context.site!);
  return rss({
    title: t.site.name,
    description: t.site.description,
    site: context.site!,
    items: toRssItems(items),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(t.lang, new URL(context.url.pathname, context.site), items),
    trailingSlash: true,
  });
}
