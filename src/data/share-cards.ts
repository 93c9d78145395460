/** What each article's share image shows: shared by the build step that draws them and the dev route. */
import { t } from "../i18n/index.ts";
import { formatDate } from "../lib/dates.ts";
import { smartQuotes, withoutKicker } from "../lib/typography.ts";
import type { ShareCard } from "../lib/share-image/index.ts";
import type { ArticleData } from "../schemas/index.ts";

// The card's kicker names the kind, so its headline does not repeat it; quotes are curled
// here too, whichever loader the data came from.
export const articleShareCard = (data: Pick<ArticleData, "title" | "kind" | "pubDate">): ShareCard => ({
  title: withoutKicker(smartQuotes(data.title), t.kinds[data.kind]),
  kind: t.kinds[data.kind],
  date: formatDate(data.pubDate, t.dateLocale),
  siteName: t.site.name,
  lang: t.lang,
});
