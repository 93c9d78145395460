import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readContentFiles } from "./content-check/read.ts";
import { checkContent } from "./content-check/validate.ts";
import { formatProblem } from "./content-check/problem.ts";
import { cslItems, existingSources, importCsl, importSummary, sourceYaml, urlKey } from "./csl.ts";

const base = await readContentFiles(fileURLToPath(new URL("../../tests/fixtures/base", import.meta.url)));
const existing = existingSources(base);
const fixture: unknown = JSON.parse(
  readFileSync(new URL("../../tests/fixtures/csl/zotero-export.json", import.meta.url), "utf8"),
);
const today = "2026-11-26";
const importOne = (item: Record<string, unknown>) =>
  importCsl([{ type: "webpage", title: "T", publisher: "P", URL: "https://example.org/x", ...item }], existing, today);

describe("importCsl on a Zotero export", () => {
  const result = importCsl(cslItems(fixture)!, existing, today);

  it("adds the valid items and refuses the others", () => {
    expect(result.added.map((a) => a.file)).toEqual([
      "content/sources/globe-2017-09-01-canada-helped-gay.yaml",
      "content/sources/rln-2017-09-report-situation-lgbt.yaml",
      "content/sources/hrw-chechnya-video-2017.yaml",
    ]);
    expect(importSummary(result)).toBe("3 sources added, 2 refused");
  });

  it("writes a newspaper item field by field, in the schema's order, every string quoted", () => {
    expect(result.added[0]?.text).toBe(`title: "Canada helped gay men flee Chechnya, charity says"
publisher: "The Globe and Mail"
authors: ["John Ibbitson"]
published: "2017-09-01"
url: "https://www.theglobeandmail.com/news/politics/canada-chechnya-example/"
accessed: "2026-11-02"
type: "news"
language: "en-CA"
`);
  });

  it("keeps a month-only date as a note, and defaults accessed to today", () => {
    expect(result.added[1]?.text).toContain('publishedNote: "September 2017"\n');
    expect(result.added[1]?.text).not.toContain("published:");
    expect(result.added[1]?.text).toContain('language: "en"\n');
    expect(result.added[2]?.text).toContain(`accessed: "${today}"`);
  });

  it("keeps a literal (organisation) author and maps broadcast to video", () => {
    expect(result.added[2]?.text).toContain('authors: ["Human Rights Watch"]\n');
    expect(result.added[2]?.text).toContain('type: "video"\n');
  });

  it("refuses an http URL and a source the site has, naming the item and the fix", () => {
    expect(result.refused).toEqual([
      {
        item: 'item 2 "Hotline for people fleeing Chechnya"',
        message: expect.stringMatching(/^the URL http:\/\/lgbtnet\.org\/en\/example is http:\/\/.*Fix: .*https:\/\//),
      },
      {
        item: 'item 3 "Ottawa helps gay Chechens"',
        message: expect.stringMatching(
          /^content\/sources\/globe-2017-09-01\.yaml already has this URL\. Fix: cite that source as <Cite id="globe-2017-09-01" \/>/,
        ),
      },
    ]);
  });

  it("produces sources the content check accepts", () => {
    const files = result.added.map((a) => ({ collection: "sources" as const, file: a.file, bytes: a.text }));
    expect(checkContent([...base, ...files]).problems.map(formatProblem)).toEqual([]);
  });
});

describe("importCsl, item by item", () => {
  it("refuses an existing id, suggesting a free one", () => {
    const { refused } = importOne({ id: "hrw-report" });
    expect(refused[0]?.message).toMatch(
      /^content\/sources\/hrw-report\.json already has the id "hrw-report"\. Fix: .*citation key "hrw-report-2"/,
    );
  });

  it("refuses the second of two items with the same URL or id in one file", () => {
    const a = { id: "one", title: "A", publisher: "P", type: "webpage", URL: "https://example.org/a" };
    const { added, refused } = importCsl(
      [a, { ...a, id: "two", URL: "https://www.example.org/a/" }, { ...a, URL: "https://example.org/b" }],
      existing,
      today,
    );
    expect(added.map((s) => s.id)).toEqual(["one"]);
    expect(refused.map((r) => `${r.item}: ${r.message}`)).toEqual([
      expect.stringMatching(/^item 2 "A": item 1 "A" of this file has the same URL\. Fix:/),
      expect.stringMatching(/^item 3 "A": item 1 "A" of this file has the same id "one"\. Fix:/),
    ]);
  });

  it("refuses items the schema rejects, saying which field to fill in", () => {
    expect(importOne({ title: "" }).refused[0]?.message).toMatch(/^title: missing\. Fix: give the item a title/);
    expect(importOne({ publisher: undefined }).refused[0]?.message).toMatch(
      /^publisher: missing\. Fix: .*container-title/,
    );
    expect(importOne({ URL: undefined }).refused[0]?.message).toMatch(/^url: missing\. Fix: give the item a URL/);
    expect(importOne({ URL: "ftp://example.org/x" }).refused[0]?.message).toMatch(/^url: only https:\/\/ links/);
    expect(importOne({ language: "Klingon" }).refused[0]?.message).toMatch(/^language: .*language code/);
    expect(importCsl(["nonsense"], existing, today).refused[0]?.message).toMatch(/not a reference/);
  });

  it("builds an id from a citation key, or from publisher, date and title", () => {
    expect(importOne({ id: "ibbitsonCanadaHasQuietly2017" }).added[0]?.id).toBe("ibbitson-canada-has-quietly-2017");
    expect(importOne({ "citation-key": "globe2017", id: "x" }).added[0]?.id).toBe("globe-2017");
    expect(
      importOne({
        id: "http://zotero.org/users/1/items/ABCD1234",
        publisher: "Human Rights Watch",
        title: "They Have Long Arms and They Can Find Me",
        issued: { "date-parts": [[2017, 5, 26]] },
      }).added[0]?.id,
    ).toBe("hrw-2017-05-26-they-have-long");
    expect(importOne({ id: 17, publisher: "The Globe and Mail", title: "Ottawa" }).added[0]?.id).toBe("globe-ottawa");
  });

  it.each([
    ["article-magazine", "news"],
    ["report", "report"],
    ["bill", "government"],
    ["legal_case", "court"],
    ["motion_picture", "video"],
    ["entry-encyclopedia", "reference"],
    ["thesis", "reference"],
    [undefined, "reference"],
  ])("maps CSL type %s to %s", (type, ours) => {
    expect(importOne({ type }).added[0]?.text).toContain(`type: "${ours}"`);
  });

  it("reads dates from date-parts or raw text, and never invents a day", () => {
    const date = (issued: unknown) => importOne({ issued }).added[0]?.text.match(/^published.*$/m)?.[0];
    expect(date({ "date-parts": [[2017, 9, 1]] })).toBe('published: "2017-09-01"');
    expect(date({ raw: "2017-09" })).toBe('publishedNote: "September 2017"');
    expect(date({ "date-parts": [[2017]] })).toBe('publishedNote: "2017"');
    expect(date({ literal: "Autumn 2017" })).toBe('publishedNote: "Autumn 2017"');
    expect(date(undefined)).toBeUndefined();
  });

  it("uses a DOI when there is no URL, and joins name particles", () => {
    const { added } = importOne({
      URL: undefined,
      DOI: "10.1000/xyz",
      author: [{ given: "Ludwig", "non-dropping-particle": "van", family: "Beethoven", suffix: "Jr." }],
    });
    expect(added[0]?.text).toContain('url: "https://doi.org/10.1000/xyz"');
    expect(added[0]?.text).toContain('authors: ["Ludwig van Beethoven, Jr."]');
  });
});

describe("helpers", () => {
  it("reads the shapes CSL-JSON comes in", () => {
    expect(cslItems([1])).toEqual([1]);
    expect(cslItems({ items: [1] })).toEqual([1]);
    expect(cslItems({ title: "T" })).toEqual([{ title: "T" }]);
    expect(cslItems("x")).toBeUndefined();
  });

  it("treats www, a trailing slash and an #anchor as the same page", () => {
    expect(urlKey("https://www.Example.org/a/#top")).toBe(urlKey("http://example.org/a"));
    expect(urlKey("https://example.org/a?id=1")).not.toBe(urlKey("https://example.org/a?id=2"));
  });

  it("writes YAML with quoted strings, escaping what needs it", () => {
    expect(sourceYaml({ title: 'A "quoted": title', authors: ["A", "B"] })).toBe(
      'title: "A \\"quoted\\": title"\nauthors: ["A", "B"]\n',
    );
  });
});
