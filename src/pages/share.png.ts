/** /share.png: the site's own share card, for pages that are not articles. */
import type { APIRoute } from "astro";
import { shareImage } from "../lib/share-image/cache.ts";

export const GET: APIRoute = async ({ locals: { t } }) =>
  new Response(
    await shareImage({ title: t.site.tagline, kind: t.site.kicker, date: "", siteName: t.site.name, lang: t.lang }),
    { headers: { "Content-Type": "image/png" } },
  );
