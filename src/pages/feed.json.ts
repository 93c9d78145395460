import type { APIContext } from "astro";
import { getSite } from "../data/site.ts";
import { feedItems } from "../data/feed-items.ts";
import { toJsonFeed } from "../lib/feeds.ts";
import { paths } from "../lib/urls.ts";

export async function GET(context: APIContext) {
  const { t } = context.locals;
  const site = await getSite();
  const base = context.site!;
  const feed = toJsonFeed(
    {
      title: t.site.name,
      description: t.site.description,
      homeUrl: new URL(paths.home(), base).href,
      feedUrl: new URL(paths.jsonFeed(), base).href,
      lang: t.lang,
      icon: new URL(paths.logo(), base).href,
    },
    await feedItems(site.articles, site, base, context.locals),
  );
  return new Response(JSON.stringify(feed, null, 2), { headers: { "Content-Type": "application/feed+json" } });
}
