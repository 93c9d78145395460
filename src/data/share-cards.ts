/** What each article's share image shows: shared by the build step that draws them and the dev route. */
import { dictionaries, dictionaryFor, type Dictionary } from "../i18n/index.ts";
import type { SiteModel } from "../lib/site-model.ts";
import { pathsFor } from "../lib/urls.ts";
import { formatDate } from "../lib/dates.ts";
import { smartQuotes, withoutKicker } from "../lib/typography.ts";
import type { ShareCard } from "../lib/share-image/index.ts";
import type { ArticleData } from "../schemas/index.ts";

// The card's kicker names the kind, so its headline does not repeat it; quotes are curled
// here too, whichever loader the data came from.
export const articleShareCard = (data: Pick<ArticleData, "title" | "kind" | "pubDate">, t: Dictionary): ShareCard => ({
  title: withoutKicker(smartQuotes(data.title), t.kinds[data.kind]),
  kind: t.kinds[data.kind],
  date: formatDate(data.pubDate, t.dateLocale),
  siteName: t.site.name,
  lang: t.lang,
});

/** Every article's card, in its own language, by the path it is published at. */
export function shareCardsOf(site: Pick<SiteModel, "articles" | "editions">): Map<string, ShareCard> {
  const cards = new Map(
    site.articles.map((article) => [
      pathsFor("en").shareImage(article.slug),
      articleShareCard(article.data, dictionaries.en),
    ]),
  );
  for (const [lang, translations] of site.editions) {
    for (const translation of translations) {
      cards.set(pathsFor(lang).shareImage(translation.slug), articleShareCard(translation.data, dictionaryFor(lang)));
    }
  }
  return cards;
}
