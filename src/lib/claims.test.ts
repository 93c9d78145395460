import { describe, expect, it } from "vitest";
import { articleSchema, claimSchema, VERDICT_NAMES } from "../schemas/index.ts";
import { claimReviewJsonLd, findVerdictMarks, sharedOrigin, verdictProblems } from "./claims.ts";
import { formatProblem } from "./content-check/problem.ts";

const claim = {
  id: "first",
  claim: "Canada was the first country to help.",
  claimant: "Men's Variety",
  appearance: { url: "https://mensvariety.example/piece/", publisher: "Men's Variety" },
  dateNote: "Undated (September 2017)",
  verdict: "false",
  summary: "Lithuania, France and Germany took people in before Canada did.",
};
const article = {
  title: "Fact check",
  description: "A dek that is comfortably longer than the fifty-character minimum.",
  kind: "fact-check",
  pubDate: "2017-09-01",
  authors: ["staff"],
  topics: ["fact-checks"],
};

describe("the verdict scale", () => {
  it("is one fixed list, best to worst, and a verdict outside it is rejected with the allowed values", () => {
    expect(VERDICT_NAMES).toEqual([
      "correct",
      "correct-with-caveats",
      "partly-correct-misleading",
      "misleading",
      "false",
      "unverified",
    ]);
    const result = claimSchema.safeParse({ ...claim, verdict: "mostly-true" });
    expect(result.error?.issues[0]).toMatchObject({ code: "invalid_value", path: ["verdict"] });
  });

  it("needs to know when the claim was made, exactly or roughly", () => {
    const { dateNote: _, ...undated } = claim;
    expect(claimSchema.safeParse(undated).error?.issues[0]?.path).toEqual(["date"]);
    expect(claimSchema.safeParse({ ...undated, date: "2017-09-05" }).success).toBe(true);
  });

  it("rates claims only in fact checks, each claim once", () => {
    expect(articleSchema.safeParse({ ...article, claims: [claim] }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, kind: "news", claims: [claim] }).error?.issues[0]?.path).toEqual([
      "claims",
    ]);
    expect(articleSchema.safeParse({ ...article, claims: [claim, claim] }).error?.issues[0]?.path).toEqual([
      "claims",
      1,
      "id",
    ]);
  });
});

describe("Verdict marks in the text", () => {
  const body = 'Intro.\n\n### Claim one\n\n<Verdict claim="first" />\n\nText.\n\n<Verdict claim="frist" />\n';

  it("are found in order with their lines", () => {
    expect(findVerdictMarks(body)).toEqual([
      { claimId: "first", line: 5 },
      { claimId: "frist", line: 9 },
    ]);
  });

  it("naming no claim, or a claim twice, is an editor's problem with file, line and fix", () => {
    const problems = verdictProblems("content/articles/x.mdx", `${body}<Verdict claim="first" />\n`, 10, [
      { id: "first" },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/x.mdx:18: body: <Verdict claim="frist" /> names no claim. Fix: use the id of a claim listed under claims: in the front matter ("first")',
      'content/articles/x.mdx:19: body: the verdict on "first" is shown twice. Fix: keep one <Verdict claim="first" />',
    ]);
  });
});

describe("ClaimReview JSON-LD", () => {
  const ctx = {
    articleUrl: "https://refugenorth.example/articles/fact-check/",
    datePublished: "2026-11-25T00:00:00-05:00",
    isoDate: (d: Date) => d.toISOString(),
    label: (v: string) => (v === "false" ? "False" : "Unverified"),
    publisher: { name: "Refuge North", url: "https://refugenorth.example/" },
  };

  it("gives each claim its claimant, where it appeared, and a rating on the 1-5 scale with its label", () => {
    const graph = claimReviewJsonLd([claimSchema.parse(claim)], ctx);
    expect(graph["@context"]).toBe("https://schema.org");
    const [review] = graph["@graph"] as Record<string, unknown>[];
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: "https://refugenorth.example/articles/fact-check/#claim-first",
      claimReviewed: claim.claim,
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Men's Variety" },
        appearance: { url: claim.appearance.url, publisher: { name: "Men's Variety" } },
      },
      author: { name: "Refuge North" },
      datePublished: ctx.datePublished,
      reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
    });
    expect(review!["itemReviewed"]).not.toHaveProperty("datePublished");
  });

  it("gives an unverifiable claim its label but no number, and a dated claim its date", () => {
    const [review] = claimReviewJsonLd(
      [claimSchema.parse({ ...claim, verdict: "unverified", claimantType: "person", date: "2017-09-05" })],
      ctx,
    )["@graph"] as Record<string, unknown>[];
    expect(review!["reviewRating"]).toEqual({ "@type": "Rating", alternateName: "Unverified" });
    expect(review!["itemReviewed"]).toMatchObject({
      author: { "@type": "Person" },
      datePublished: expect.stringMatching(/^2017-09-0[45]T/),
    });
  });
});

describe("sharedOrigin", () => {
  it("names the claimant once when every claim comes from the same page, and not otherwise", () => {
    const a = claimSchema.parse(claim);
    expect(sharedOrigin([a, { ...a, id: "second" }])?.claimant).toBe("Men's Variety");
    expect(sharedOrigin([a, { ...a, id: "second", claimant: "Someone else" }])).toBeUndefined();
    expect(sharedOrigin([])).toBeUndefined();
  });
});
