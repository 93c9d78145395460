/**
 * Related stories for every article at once. Candidates come from indexes
 * (topic -> articles, source -> articles), each read only near the article in
 * time, so the cost grows linearly with the number of articles, not with pairs.
 */

export interface RelatedInput {
  slug: string;
  pubDate: Date;
  topics: readonly string[];
  /** Ids of the sources the article cites. */
  sources: readonly string[];
  /** Explicit picks, in the editor's order. */
  related: readonly string[];
}

export type RelatedReason =
  { type: "topics"; topics: string[] } | { type: "sources"; count: number } | { type: "time" };

export interface RelatedStory {
  slug: string;
  /** Chosen by an editor in `related`. */
  pick: boolean;
  /** What the two articles share, shown to the reader. */
  reason: RelatedReason;
}

export interface RelatedOptions {
  /** How many stories each article shows. */
  count?: number;
  /** How many neighbours in time are read from each topic or source list. */
  window?: number;
  /** Counts candidate scorings, the work that must grow linearly with the site (tests read it). */
  work?: { scored: number };
}

const DAY = 86_400_000;
const TOPIC_WEIGHT = 3;
const SOURCE_WEIGHT = 2;

/** 1 for the same day, falling to 0.5 a year apart: breaks ties between equal overlaps. */
const closeness = (a: Date, b: Date) => 1 / (1 + Math.abs(a.getTime() - b.getTime()) / (365 * DAY));

/** Newest first, then by slug: the order every list and every tie uses. */
function byDateThenSlug(a: RelatedInput, b: RelatedInput): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

function indexBy(articles: readonly RelatedInput[], keys: (a: RelatedInput) => readonly string[]) {
  const index = new Map<string, RelatedInput[]>();
  for (const article of articles) {
    for (const key of new Set(keys(article))) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(article);
    }
  }
  return index;
}

/** The up-to-`window` articles of a date-sorted list nearest in time to `article`. */
function near(list: readonly RelatedInput[], article: RelatedInput, window: number): readonly RelatedInput[] {
  if (list.length <= window) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDateThenSlug(list[mid]!, article) < 0) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(lo - Math.floor(window / 2), list.length - window));
  return list.slice(start, start + window);
}

/**
 * Explicit picks first, then the best-scored others (shared topics, shared cited
 * sources, closeness in time), then neighbours in time to fill up. Never the
 * article itself; only articles in `articles` (pass published ones only).
 */
export function computeRelated(
  articles: readonly RelatedInput[],
  { count = 3, window = 60, work }: RelatedOptions = {},
): Map<string, RelatedStory[]> {
  const sorted = [...articles].sort(byDateThenSlug);
  const bySlug = new Map(sorted.map((a) => [a.slug, a]));
  const byTopic = indexBy(sorted, (a) => a.topics);
  const bySource = indexBy(sorted, (a) => a.sources);
  const result = new Map<string, RelatedStory[]>();

  for (const article of sorted) {
    const chosen: RelatedStory[] = [];
    const taken = new Set([article.slug]);
    const topics = new Set(article.topics);
    const sources = new Set(article.sources);

    const reasonFor = (other: RelatedInput): RelatedReason => {
      const shared = other.topics.filter((t) => topics.has(t));
      if (shared.length) return { type: "topics", topics: shared };
      const cites = new Set(other.sources.filter((s) => sources.has(s))).size;
      return cites ? { type: "sources", count: cites } : { type: "time" };
    };

    for (const pick of article.related) {
      const other = bySlug.get(pick);
      if (chosen.length >= count || !other || taken.has(pick)) continue;
      taken.add(pick);
      chosen.push({ slug: pick, pick: true, reason: reasonFor(other) });
    }

    if (chosen.length < count) {
      const scores = new Map<RelatedInput, number>();
      const add = (list: readonly RelatedInput[] | undefined, weight: number) => {
        for (const other of near(list ?? [], article, window)) {
          if (work) work.scored++;
          if (!taken.has(other.slug)) scores.set(other, (scores.get(other) ?? 0) + weight);
        }
      };
      for (const topic of topics) add(byTopic.get(topic), TOPIC_WEIGHT);
      for (const source of sources) add(bySource.get(source), SOURCE_WEIGHT);
      const ranked = [...scores]
        .map(([other, score]) => ({ other, score: score + closeness(article.pubDate, other.pubDate) }))
        .sort((a, b) => b.score - a.score || byDateThenSlug(a.other, b.other));
      for (const { other } of ranked) {
        if (chosen.length >= count) break;
        taken.add(other.slug);
        chosen.push({ slug: other.slug, pick: false, reason: reasonFor(other) });
      }
    }

    if (chosen.length < count) {
      for (const other of near(sorted, article, count * 2 + 1)) {
        if (chosen.length >= count) break;
        if (taken.has(other.slug)) continue;
        taken.add(other.slug);
        chosen.push({ slug: other.slug, pick: false, reason: { type: "time" } });
      }
    }
    result.set(article.slug, chosen);
  }
  return result;
}
