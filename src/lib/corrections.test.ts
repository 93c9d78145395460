import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../schemas/index.ts";
import { allCorrections, correctionAnchors } from "./corrections.ts";
import { parseCorrectionsContact } from "./corrections-contact.ts";

const day = (text: string) => parseIsoDate(text)!;

describe("allCorrections", () => {
  const articles = [
    {
      slug: "older-story",
      title: "B story",
      corrections: [
        { date: day("2026-10-01"), text: "First fix." },
        { date: day("2026-12-01"), text: "Latest fix." },
      ],
    },
    { slug: "clean-story", title: "C story", corrections: [] },
    { slug: "other-story", title: "A story", corrections: [{ date: day("2026-12-01"), text: "Same-day fix." }] },
  ];

  it("lists every correction once, newest first, each with its article and anchor", () => {
    expect(allCorrections(articles).map((c) => [c.slug, c.text, c.anchor])).toEqual([
      ["other-story", "Same-day fix.", "correction-2026-12-01"],
      ["older-story", "Latest fix.", "correction-2026-12-01"],
      ["older-story", "First fix.", "correction-2026-10-01"],
    ]);
  });

  it("is empty for a site without corrections", () => {
    expect(allCorrections([articles[1]!])).toEqual([]);
  });
});

describe("correctionAnchors", () => {
  it("names each correction by its Toronto day, numbering a second one on the same day", () => {
    expect(
      correctionAnchors([
        { date: day("2026-12-01") },
        { date: day("2026-12-01T23:30:00-05:00") },
        { date: day("2026-12-02") },
      ]),
    ).toEqual(["correction-2026-12-01", "correction-2026-12-01-2", "correction-2026-12-02"]);
  });
});

describe("parseCorrectionsContact", () => {
  it("unset: every report link goes to the About page's corrections section", () => {
    for (const value of [undefined, "", "  "]) {
      const contact = parseCorrectionsContact(value, "/about/#corrections");
      expect(contact.configured).toBe(false);
      expect(contact.hrefFor("A story")).toBe("/about/#corrections");
    }
  });

  it("an e-mail address: a mailto link whose subject names the story", () => {
    for (const value of ["fixes@newsroom.example", "mailto:fixes@newsroom.example"]) {
      const contact = parseCorrectionsContact(value, "/about/#corrections");
      expect(contact.display).toBe("fixes@newsroom.example");
      expect(contact.hrefFor("Canada's story")).toBe(
        "mailto:fixes@newsroom.example?subject=Correction%3A%20Canada's%20story",
      );
      expect(contact.hrefFor()).toBe("mailto:fixes@newsroom.example");
    }
  });

  it("an https form: linked as it is", () => {
    const contact = parseCorrectionsContact("https://newsroom.example/corrections/", "/about/#corrections");
    expect(contact.hrefFor("A story")).toBe("https://newsroom.example/corrections/");
    expect(contact.display).toBe("newsroom.example/corrections");
  });

  it.each(["http://newsroom.example/fix", "javascript:alert(1)", "call us"])(
    "refuses %s, saying how to fix it",
    (v) => {
      expect(() => parseCorrectionsContact(v, "/about/")).toThrow(/CORRECTIONS_CONTACT: .* Fix: /);
    },
  );
});
