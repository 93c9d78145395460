import { experimental_AstroContainer as AstroContainer } from "astro/container";
import mdxRenderer from "@astrojs/mdx/server.js";
import type { Article, Site, Translation } from "./site.ts";
import FeedBody from "../components/FeedBody.astro";
import { absoluteLinks, FEED_SIZE, type FeedItem } from "../lib/feeds.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "../lib/share-image/index.ts";
import { absolute } from "../lib/urls.ts";

let container: Promise<AstroContainer> | undefined;
/** Each body rendered once per build, though it appears in the site feeds and its topics' feeds. */
const bodies = new Map<string, Promise<string>>();

/** The article's text as feeds carry it: rendered outside its page (the Cite numbers are props). */
function bodyHtml(article: Article | Translation, url: string, locals: App.Locals): Promise<string> {
  let body = bodies.get(url);
  if (!body) {
    body = (container ??= AstroContainer.create().then((c) => {
      // Article bodies are MDX: the container needs MDX's renderer, as the pages have.
      c.addServerRenderer({ name: "astro:jsx", renderer: mdxRenderer });
      return c;
    }))
      .then((c) => c.renderToString(FeedBody, { props: { article }, locals }))
      .then((html) => absoluteLinks(html, url));
    bodies.set(url, body);
  }
  return body;
}

/**
 * Feed entries for the newest `FEED_SIZE` of the given articles (or an edition's
 * translations), with absolute URLs and full text; `locals` are the feed's own page's
 * (its language's dictionary and paths).
 */
export function feedItems(
  articles: readonly (Article | Translation)[],
  site: Site,
  siteUrl: URL,
  locals: App.Locals,
): Promise<FeedItem[]> {
  const { paths } = locals;
  return Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => {
      const url = absolute(paths.article(article.slug), siteUrl);
      return {
        url,
        title: article.data.title,
        summary: article.data.description,
        published: article.data.pubDate,
        modified: article.data.updatedDate ?? article.data.pubDate,
        tags: article.data.topics.map((slug) => site.topics.get(slug)?.data.title ?? slug),
        author: article.data.authors.map((id) => site.authors.get(id)?.data.name ?? id).join(", "),
        contentHtml: await bodyHtml(article, url, locals),
        image: {
          url: absolute(paths.shareImage(article.slug), siteUrl),
          width: SHARE_IMAGE_WIDTH,
          height: SHARE_IMAGE_HEIGHT,
          type: "image/png",
        },
      };
    }),
  );
}
