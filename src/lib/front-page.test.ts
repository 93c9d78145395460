import { describe, expect, it } from "vitest";
import { frontPage } from "./front-page.ts";

const story = (name: string, kind = "news") => ({ name, kind });

describe("frontPage", () => {
  it("leads with the newest story that is not a fact check, and lists fact checks apart", () => {
    const stories = [
      story("check-1", "fact-check"),
      story("news-1"),
      story("explainer-1", "explainer"),
      story("check-2", "fact-check"),
      story("news-2"),
    ];
    const front = frontPage(stories);
    expect(front.lead?.name).toBe("news-1");
    expect(front.more.map((s) => s.name)).toEqual(["explainer-1", "news-2"]);
    expect(front.factChecks.map((s) => s.name)).toEqual(["check-1", "check-2"]);
  });

  it("shows each story once and keeps to the counts", () => {
    const stories = Array.from({ length: 12 }, (_, i) => story(`s${i}`, i % 3 === 0 ? "fact-check" : "news"));
    const front = frontPage(stories, { more: 4, factChecks: 2 });
    const shown = [front.lead, ...front.more, ...front.factChecks].map((s) => s!.name);
    expect(new Set(shown).size).toBe(shown.length);
    expect(front.more).toHaveLength(4);
    expect(front.factChecks).toHaveLength(2);
  });

  it("still has a lead when every story is a fact check, and nothing when there are none", () => {
    const front = frontPage([story("c1", "fact-check"), story("c2", "fact-check")]);
    expect(front.lead?.name).toBe("c1");
    expect(front.factChecks.map((s) => s.name)).toEqual(["c2"]);
    expect(frontPage([])).toEqual({ lead: undefined, more: [], factChecks: [] });
  });
});
