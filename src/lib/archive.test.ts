import { describe, expect, it } from "vitest";
import { groupByMonth, kindsInUse } from "./archive.ts";

describe("groupByMonth", () => {
  const story = (name: string, date: string) => ({ name, date: new Date(date) });

  it("puts stories under their month, keeping their order", () => {
    const groups = groupByMonth(
      [story("a", "2026-11-24T12:00:00Z"), story("b", "2026-11-02T12:00:00Z"), story("c", "2026-10-30T12:00:00Z")],
      (s) => s.date,
      "en-CA",
    );
    expect(groups.map((g) => [g.month, g.items.map((s) => s.name)])).toEqual([
      ["November 2026", ["a", "b"]],
      ["October 2026", ["c"]],
    ]);
  });

  it("uses the site's time zone: just after midnight UTC on the 1st is still the previous month in Toronto", () => {
    const [group] = groupByMonth([story("a", "2026-12-01T02:00:00Z")], (s) => s.date, "en-CA");
    expect(group!.month).toBe("November 2026");
  });

  it("has no groups for no stories", () => {
    expect(groupByMonth([], () => new Date(), "en-CA")).toEqual([]);
  });
});

describe("kindsInUse", () => {
  it("lists only kinds that have stories, in the schema's order", () => {
    expect(kindsInUse(["news", "explainer", "fact-check"], ["fact-check", "news", "news"])).toEqual([
      "news",
      "fact-check",
    ]);
  });
});
