import { describe, expect, it } from "vitest";
import { computeRelated, type RelatedInput } from "./related.ts";

const day = (d: number) => new Date(Date.UTC(2024, 0, d));
const a = (
  slug: string,
  d: number,
  topics: string[],
  sources: string[] = [],
  related: string[] = [],
): RelatedInput => ({
  slug,
  pubDate: day(d),
  topics,
  sources,
  related,
});

describe("computeRelated", () => {
  const articles = [
    a("canada", 10, ["canada"], ["globe", "nyt"], ["explainer"]),
    a("explainer", 5, ["chechnya"], ["hrw"]),
    a("canada-2", 12, ["canada"], ["globe"]),
    a("canada-3", 1, ["canada"], []),
    a("shares-sources", 11, ["other"], ["globe", "nyt"]),
    a("unrelated", 11, ["misc"], []),
  ];
  const related = computeRelated(articles, { count: 3 });

  it("puts explicit picks first, then the best scored", () => {
    expect(related.get("canada")!.map((s) => s.slug)).toEqual(["explainer", "canada-2", "shares-sources"]);
    expect(related.get("canada")![0]).toMatchObject({ pick: true });
  });

  it("explains why each story is related", () => {
    const [, sameTopic, sameSources] = related.get("canada")!;
    expect(sameTopic).toEqual({ slug: "canada-2", pick: false, reason: { type: "topics", topics: ["canada"] } });
    expect(sameSources).toEqual({ slug: "shares-sources", pick: false, reason: { type: "sources", count: 2 } });
  });

  it("never lists the article itself, even when an editor picks it", () => {
    const withSelf = computeRelated([a("x", 1, ["t"], [], ["x", "y"]), a("y", 2, ["t"]), a("z", 3, ["t"])]);
    expect(withSelf.get("x")!.map((s) => s.slug)).toEqual(["y", "z"]);
  });

  it("never lists an article that is not in the published set (drafts are filtered out before)", () => {
    const result = computeRelated([a("x", 1, ["t"], [], ["draft"]), a("y", 2, ["t"])]);
    expect(result.get("x")!.map((s) => s.slug)).toEqual(["y"]);
  });

  it("fills up with stories close in time when nothing is shared", () => {
    expect(related.get("unrelated")!.every((s) => s.reason.type === "time")).toBe(true);
    expect(related.get("unrelated")).toHaveLength(3);
  });

  it("breaks ties the same way every time: newer first, then by slug", () => {
    const tie = [a("b", 5, ["t"]), a("c", 5, ["t"]), a("a", 5, ["t"]), a("self", 5, ["t"])];
    const first = computeRelated(tie)
      .get("self")!
      .map((s) => s.slug);
    const second = computeRelated([...tie].reverse())
      .get("self")!
      .map((s) => s.slug);
    expect(first).toEqual(["a", "b", "c"]);
    expect(second).toEqual(first);
  });

  it("respects the configured count", () => {
    expect(computeRelated(articles, { count: 1 }).get("canada")).toHaveLength(1);
  });

  it("does work linear in the number of articles, even when all share one topic (windowed)", () => {
    const site = (n: number) =>
      Array.from({ length: n }, (_, i) => a(`a-${i}`, i % 365, ["big", `t${i % 7}`], [`s${i % 50}`]));
    const scored = (n: number) => {
      const work = { scored: 0 };
      const result = computeRelated(site(n), { work });
      expect(result.size).toBe(n);
      expect([...result.values()].every((list) => list.length === 3)).toBe(true);
      return work.scored;
    };
    const small = scored(3000);
    // Four times the articles, about four times the work; comparing every pair would be sixteen.
    expect(scored(12000) / small).toBeLessThan(4.5);
  });
});
