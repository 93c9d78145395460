import { z } from "zod";
import { httpsUrl, slug, text } from "./common.ts";
import { isoDate } from "./dates.ts";

/**
 * The one verdict scale of every fact check, best to worst. `rating` is the number
 * schema.org's ClaimReview carries (1 = worst, 5 = best); a claim the evidence cannot
 * settle has none.
 */
export const VERDICTS = {
  correct: { rating: 5 },
  "correct-with-caveats": { rating: 4 },
  "partly-correct-misleading": { rating: 3 },
  misleading: { rating: 2 },
  false: { rating: 1 },
  unverified: { rating: undefined },
} as const satisfies Record<string, { rating: number | undefined }>;

export type Verdict = keyof typeof VERDICTS;
export const VERDICT_NAMES = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];
export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** One checked claim of a fact check (`claims:` in its front matter). */
export const claimSchema = z
  .strictObject({
    id: slug.describe(
      'A short name for the claim, unique in the article, e.g. "news-broke-in-february"; <Verdict claim="..." /> in the text names it.',
    ),
    claim: text(300).describe("The claim as it was made, quoted or closely paraphrased."),
    claimant: text(120).describe("Who made the claim: the person or publication."),
    claimantType: z
      .enum(["organization", "person"])
      .default("organization")
      .describe('Whether the claimant is an "organization" (a publication) or a "person".'),
    appearance: z
      .strictObject({
        url: httpsUrl.describe("The address of the page where the claim was made (https only)."),
        publisher: text(120).describe("Who published that page."),
      })
      .describe("Where the claim was made."),
    date: isoDate.optional().describe("When the claim was made, when the day is known."),
    dateNote: text(60).optional().describe('When the day is not known, what is: e.g. "September 2017 (undated)".'),
    verdict: z.enum(VERDICT_NAMES).describe("The verdict, from the one scale in src/schemas/claims.ts."),
    summary: text(200).describe("The finding in one line: what is right, what is wrong."),
  })
  .superRefine((data, ctx) => {
    if (!data.date && !data.dateNote) {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        message:
          'missing. Fix: give the day the claim was made (date: "2017-09-01"), or a dateNote saying what is known',
      });
    }
  });

export type ClaimData = z.output<typeof claimSchema>;
