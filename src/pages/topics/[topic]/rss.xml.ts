import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../../../data/site.ts";
import { feedItems } from "../../../data/feed-items.ts";
import { toRssItems } from "../../../lib/feeds.ts";
import { t } from "../../../i18n/index.ts";

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.topics.keys()].map((topic) => ({ params: { topic } }));
}

export async function GET(context: APIContext) {
  const site = await getSite();
  const topic = site.topics.get(context.params.topic!)!;
  return rss({
    title: `${t.site.name}: ${topic.data.title}`,
    description: topic.data.description,
    site: context.site!,
    items: toRssItems(feedItems(site.articlesByTopic.get(topic.id) ?? [], site, context.site!)),
    customData: `<language>${t.lang}</language>`,
    trailingSlash: true,
  });
}
