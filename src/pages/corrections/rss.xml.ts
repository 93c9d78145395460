import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../../data/site.ts";
import { allCorrections } from "../../lib/corrections.ts";
import { FEED_SIZE, RSS_NAMESPACES, rssChannelData } from "../../lib/feeds.ts";
import { paths } from "../../lib/urls.ts";

/** Every correction as it is published, newest first: readers can follow what we fix. */
export async function GET(context: APIContext) {
  const { t } = context.locals;
  const site = await getSite();
  const corrections = allCorrections(
    site.articles.map((a) => ({ slug: a.slug, title: a.data.title, corrections: a.data.corrections })),
  ).slice(0, FEED_SIZE);
  return rss({
    title: t.feeds.corrections,
    description: t.corrections.description,
    site: new URL(paths.corrections(), context.site).href,
    items: corrections.map((item) => ({
      title: t.corrections.itemTitle(item.title),
      link: new URL(`${paths.article(item.slug)}#${item.anchor}`, context.site).href,
      description: item.text,
      pubDate: item.date,
    })),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(t.lang, new URL(context.url.pathname, context.site)),
    trailingSlash: true,
  });
}
