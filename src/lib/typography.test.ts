import { describe, expect, it } from "vitest";
import { smartQuotes, withoutKicker } from "./typography.ts";

describe("smartQuotes", () => {
  it("curls apostrophes inside and at the end of words", () => {
    expect(smartQuotes("Chechnya's 2017 purge")).toBe("Chechnya’s 2017 purge");
    expect(smartQuotes("the survivors' stories")).toBe("the survivors’ stories");
  });

  it("opens and closes single and double quotes by position", () => {
    expect(smartQuotes("the 2017 'secret heroes' piece")).toBe("the 2017 ‘secret heroes’ piece");
    expect(smartQuotes('He said "Human rights have no borders."')).toBe("He said “Human rights have no borders.”");
    expect(smartQuotes('"Quoted" at the start')).toBe("“Quoted” at the start");
    expect(smartQuotes('("in brackets")')).toBe("(“in brackets”)");
    expect(smartQuotes('a quote \u2014"after a dash"')).toBe("a quote \u2014“after a dash”");
  });

  it("nests quotes and treats an elided year as an apostrophe", () => {
    expect(smartQuotes(`"the 'secret heroes' piece"`)).toBe("“the ‘secret heroes’ piece”");
    expect(smartQuotes("the summer of '17")).toBe("the summer of ’17");
  });

  it("leaves text without straight quotes, and curly quotes, as they are", () => {
    expect(smartQuotes("Canada’s response")).toBe("Canada’s response");
    expect(smartQuotes("")).toBe("");
  });
});

describe("withoutKicker", () => {
  it("drops a prefix that repeats the kicker, whatever its case", () => {
    expect(withoutKicker("Explainer: after Chechnya's purge", "Explainer")).toBe("After Chechnya's purge");
    expect(withoutKicker("Fact check: the 2017 piece", "Fact check")).toBe("The 2017 piece");
    expect(withoutKicker("FACT CHECK: the piece", "Fact check")).toBe("The piece");
  });

  it("keeps titles that do not start with the kicker", () => {
    expect(withoutKicker("How Canada brought survivors to safety", "News")).toBe(
      "How Canada brought survivors to safety",
    );
    expect(withoutKicker("Explainers galore: a title", "Explainer")).toBe("Explainers galore: a title");
    expect(withoutKicker("Explainer:", "Explainer")).toBe("Explainer:");
  });
});
