/** /articles/<slug>/share.png: each article's share image, drawn at build time (cached). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getSite } from "../../../data/site.ts";
import { t } from "../../../i18n/index.ts";
import { formatDate } from "../../../lib/dates.ts";
import { shareImage } from "../../../lib/share-image/cache.ts";
import type { ShareCard } from "../../../lib/share-image/index.ts";

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.articles.map(({ slug, data }) => {
    const card: ShareCard = {
      title: data.title,
      kind: t.kinds[data.kind],
      date: formatDate(data.pubDate, t.dateLocale),
      siteName: t.site.name,
      lang: t.lang,
    };
    return { params: { slug }, props: { card } };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await shareImage(props.card), { headers: { "Content-Type": "image/png" } });
