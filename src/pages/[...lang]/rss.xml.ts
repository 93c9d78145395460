import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../../data/site.ts";
import { feedItems } from "../../data/feed-items.ts";
import { everyEdition } from "../../lib/editions.ts";
import { RSS_NAMESPACES, rssChannelData, toRssItems } from "../../lib/feeds.ts";

/** /rss.xml and each edition's /<lang>/rss.xml: the stories in that language. */
export const getStaticPaths = everyEdition;

export async function GET(context: APIContext) {
  const { t, lang } = context.locals;
  const site = await getSite();
  const stories = lang === "en" ? site.articles : (site.editions.get(lang) ?? []);
  const items = await feedItems(stories, site, context.site!, context.locals);
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
