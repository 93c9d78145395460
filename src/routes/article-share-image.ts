/**
 * /articles/<slug>/share.png in the dev server only, drawn on request so an editor can
 * see a card. Builds do not render this route: the share-images integration draws every
 * card in a worker thread while Astro renders pages, and writes them into dist/.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getSite } from "../data/site.ts";
import { articleShareCard } from "../data/share-cards.ts";
import { dictionaries } from "../i18n/index.ts";
import { shareImage } from "../lib/share-image/cache.ts";

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.articles.map(({ slug, data }) => ({
    params: { slug },
    props: { card: articleShareCard(data, dictionaries.en) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await shareImage(props.card), { headers: { "Content-Type": "image/png" } });
