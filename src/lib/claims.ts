/**
 * A fact check's verdicts as data: the `<Verdict claim="..." />` marks in its text,
 * the problems an editor must fix in them, and the schema.org ClaimReview records
 * fact-checkers publish, one per checked claim.
 */
import { BEST_RATING, VERDICTS, WORST_RATING, type ClaimData, type Verdict } from "../schemas/claims.ts";
import type { Problem } from "./content-check/problem.ts";

const VERDICT_TAG = /<Verdict\b[^>]*?\bclaim\s*=\s*"([^"]*)"[^>]*\/?>/g;

/** Every `<Verdict claim="..." />` in an article body, in document order, with its 1-based line. */
export function findVerdictMarks(body: string): { claimId: string; line: number }[] {
  return [...body.matchAll(VERDICT_TAG)].map((m) => ({
    claimId: m[1]!.trim(),
    line: body.slice(0, m.index).split("\n").length,
  }));
}

/** A Verdict mark naming no claim, or a claim marked twice: each is an editor's slip. */
export function verdictProblems(
  file: string,
  body: string,
  bodyLine: number,
  claims: readonly Pick<ClaimData, "id">[],
): Problem[] {
  const known = new Set(claims.map((c) => c.id));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { claimId, line } of findVerdictMarks(body)) {
    const at = line + bodyLine - 1;
    if (!known.has(claimId)) {
      problems.push({
        file,
        line: at,
        field: "body",
        message: `<Verdict claim="${claimId}" /> names no claim. Fix: use the id of a claim listed under claims: in the front matter (${[...known].map((id) => `"${id}"`).join(", ") || "there are none"})`,
      });
    } else if (seen.has(claimId)) {
      problems.push({
        file,
        line: at,
        field: "body",
        message: `the verdict on "${claimId}" is shown twice. Fix: keep one <Verdict claim="${claimId}" />`,
      });
    }
    seen.add(claimId);
  }
  return problems;
}

/** The HTML id of a claim's verdict in the article, target of the at-a-glance list. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;

export interface ClaimReviewContext {
  /** The fact check's canonical address. */
  articleUrl: string;
  /** When the fact check was published (zoned ISO). */
  datePublished: string;
  /** Zoned ISO date of a claim's `date`. */
  isoDate: (date: Date) => string;
  /** The verdict as readers see it ("Partly correct, misleading"). */
  label: (verdict: Verdict) => string;
  publisher: { name: string; url: string };
}

/**
 * schema.org ClaimReview, one per claim, rated on the site's one scale (1 worst, 5 best),
 * as one JSON-LD graph: the context is said once, not once per claim.
 */
export function claimReviewJsonLd(claims: readonly ClaimData[], ctx: ClaimReviewContext): Record<string, unknown> {
  return { "@context": "https://schema.org", "@graph": claimReviews(claims, ctx) };
}

function claimReviews(claims: readonly ClaimData[], ctx: ClaimReviewContext): Record<string, unknown>[] {
  const publisher = { "@type": "NewsMediaOrganization", name: ctx.publisher.name, url: ctx.publisher.url };
  return claims.map((claim) => {
    const rating = VERDICTS[claim.verdict].rating;
    return {
      "@type": "ClaimReview",
      url: `${ctx.articleUrl}#${claimAnchor(claim.id)}`,
      claimReviewed: claim.claim,
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": claim.claimantType === "person" ? "Person" : "Organization", name: claim.claimant },
        ...(claim.date ? { datePublished: ctx.isoDate(claim.date) } : {}),
        appearance: {
          "@type": "CreativeWork",
          url: claim.appearance.url,
          publisher: { "@type": "Organization", name: claim.appearance.publisher },
        },
      },
      author: publisher,
      datePublished: ctx.datePublished,
      reviewRating: {
        "@type": "Rating",
        ...(rating === undefined ? {} : { ratingValue: rating, bestRating: BEST_RATING, worstRating: WORST_RATING }),
        alternateName: ctx.label(claim.verdict),
      },
    };
  });
}

/** The claimant, page and date all claims share, or undefined when they differ (then each says its own). */
export function sharedOrigin(claims: readonly ClaimData[]): ClaimData | undefined {
  const [first, ...rest] = claims;
  const same = (c: ClaimData) =>
    c.claimant === first!.claimant &&
    c.appearance.url === first!.appearance.url &&
    c.date?.getTime() === first!.date?.getTime() &&
    c.dateNote === first!.dateNote;
  return first && rest.every(same) ? first : undefined;
}
