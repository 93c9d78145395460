/**
 * What an article page tells machines: share-card tags and structured data. Built
 * here from the site's shared indexes so the page component only renders.
 */
import type { Article, Site } from "./site.ts";
import { articleJsonLd, breadcrumbJsonLd } from "../lib/json-ld.ts";
import { claimReviewJsonLd } from "../lib/claims.ts";
import { toZonedIso } from "../lib/dates.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "../lib/share-image/index.ts";
import { absolute as absoluteUrl, type Paths } from "../lib/urls.ts";
import type { Dictionary } from "../i18n/index.ts";

/** `t` and `paths` are the page's own (its edition's). */
export function articleMeta(
  article: Pick<Article, "slug" | "data" | "citations">,
  site: Site,
  siteUrl: URL,
  { t, paths }: { t: Dictionary; paths: Paths },
) {
  const { data } = article;
  const absolute = (path: string) => absoluteUrl(path, siteUrl);
  const url = absolute(paths.article(article.slug));
  const authors = data.authors.map((id) => site.authors.get(id)?.data.name ?? id);
  const topicTitles = data.topics.map((slug) => site.topics.get(slug)?.data.title ?? slug);
  const published = toZonedIso(data.pubDate);
  const modified = toZonedIso(data.updatedDate ?? data.pubDate);
  const image = {
    path: paths.shareImage(article.slug),
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    alt: data.title,
  };
  const home = absolute(paths.home());

  const jsonLd = [
    articleJsonLd(
      {
        url,
        headline: data.title,
        description: data.description,
        kind: data.kind,
        image: absolute(image.path),
        datePublished: published,
        dateModified: modified,
        authors,
        section: topicTitles[0],
        keywords: topicTitles,
        lang: t.lang,
        citations: article.citations.sources.map(({ sourceId }) => site.sources.get(sourceId)!.data.url),
        corrections: data.corrections.map((c) => ({ date: toZonedIso(c.date), text: c.text })),
        aboutUrl: absolute(paths.about()),
        siteUrl: home,
        siteName: t.site.name,
      },
      { name: t.site.name, url: home, logo: absolute(paths.logo()) },
    ),
    breadcrumbJsonLd([
      { name: t.site.name, url: home },
      { name: topicTitles[0] ?? t.nav.topics, url: absolute(paths.topic(data.topics[0]!)) },
      { name: data.title, url },
    ]),
  ];

  return {
    url,
    authors,
    image,
    openGraph: { published, modified, section: topicTitles[0], tags: topicTitles },
    jsonLd,
    // Rendered next to the verdicts at a glance, whose words they repeat: gzip then stores
    // the repetition almost free (at the end of a long fact check it cost 2 KB).
    claimReviews: claimReviewJsonLd(data.claims, {
      articleUrl: url,
      datePublished: published,
      isoDate: toZonedIso,
      label: (verdict) => t.claims.verdicts[verdict],
      publisher: { name: t.site.name, url: home },
    }),
  };
}
