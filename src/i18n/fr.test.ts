import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

describe("French dictionary", () => {
  it("has as many safety paragraphs and tips as the English", () => {
    expect(fr.resourcesPage.safety.paragraphs).toHaveLength(en.resourcesPage.safety.paragraphs.length);
    expect(fr.resourcesPage.safety.tips).toHaveLength(en.resourcesPage.safety.tips.length);
  });

  it("counts 0 and 1 in the singular, as French does", () => {
    expect([0, 1, 2, 21].map(fr.topicsPage.count)).toEqual(["0 article", "1 article", "2 articles", "21 articles"]);
  });

  it("joins lists with « et »", () => {
    expect(fr.list(["Amnistie", "HRW", "ILGA"])).toBe("Amnistie, HRW et ILGA");
  });

  it("keeps a no-break space before high punctuation and inside guillemets", () => {
    const strings = JSON.stringify(fr);
    expect(strings).not.toMatch(/ [:;?!»]|« /);
    expect(fr.search.noneTemplate).toBe("Aucun résultat pour «\u00a0{query}\u00a0».");
  });

  it("says when part of a month is meant, before the month and year", () => {
    expect(fr.timelinePage.partOfMonth["mid-month"]("mars 2017")).toBe("Mi-mars 2017");
  });
});
