/**
 * The front page's news hierarchy, from stories newest first: a lead (the newest story
 * that is not a fact check, since fact checks have their own column), the next stories
 * beneath it, and the latest fact checks. A story appears once.
 */
export interface FrontStory {
  kind: string;
}

export interface FrontPage<T> {
  lead: T | undefined;
  more: T[];
  factChecks: T[];
}

export const FACT_CHECK = "fact-check";

/** The service explainer the "Need help now?" box links to, when it is published. */
export const HELP_EXPLAINER_SLUG = "how-lgbtq-refugees-can-reach-canada";

export function frontPage<T extends FrontStory>(
  newestFirst: readonly T[],
  { more = 6, factChecks = 3 }: { more?: number; factChecks?: number } = {},
): FrontPage<T> {
  const checks = newestFirst.filter((story) => story.kind === FACT_CHECK);
  const others = newestFirst.filter((story) => story.kind !== FACT_CHECK);
  // A site of fact checks only still gets a lead.
  const lead = others[0] ?? checks[0];
  return {
    lead,
    more: others.filter((story) => story !== lead).slice(0, more),
    factChecks: checks.filter((story) => story !== lead).slice(0, factChecks),
  };
}
