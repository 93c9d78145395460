import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../../../data/site.ts";
import { feedItems } from "../../../data/feed-items.ts";
import { RSS_NAMESPACES, rssChannelData, toRssItems } from "../../../lib/feeds.ts";
import { paths } from "../../../lib/urls.ts";

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.topics.keys()].map((topic) => ({ params: { topic } }));
}

export async function GET(context: APIContext) {
  const { t } = context.locals;
  const site = await getSite();
  const topic = site.topics.get(context.params.topic!)!;
  const items = await feedItems(site.articlesByTopic.get(topic.id) ?? [], site, context.site!, context.locals);
  return rss({
    title: `${t.site.name}: ${topic.data.title}`,
    description: topic.data.description,
    // The channel links to the topic's page, not the home page.
    site: new URL(paths.topic(topic.id), context.site),
    items: toRssItems(items),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(t.lang, new URL(context.url.pathname, context.site), items),
    trailingSlash: true,
  });
}
