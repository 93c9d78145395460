import { describe, expect, it } from "vitest";
import { backlinkLabel, commonAccessDate, numberCitations } from "./citations.ts";
import { findCitations } from "./citations.ts";
import { parseMdxBody } from "./mdx-tree.ts";

const find = (body: string) => findCitations(parseMdxBody(body)).map(({ offset: _offset, ...rest }) => rest);

const body = `Intro sentence.<Cite id="globe" />

A second claim.<Cite id="nyt" loc="para. 4" /> Back to the first.<Cite id='globe' />

\`\`\`mdx
<Cite id="in-a-code-block" />
\`\`\`

Inline code \`<Cite id="inline-code" />\` is an example. Third <Cite id="cbc"/> and <Cite id="globe" />.`;

describe("findCitations (from the MDX syntax tree)", () => {
  it("finds every citation in document order with its line, skipping code", () => {
    expect(find(body)).toEqual([
      { sourceId: "globe", line: 1 },
      { sourceId: "nyt", line: 3, locator: "para. 4" },
      { sourceId: "globe", line: 3 },
      { sourceId: "cbc", line: 9 },
      { sourceId: "globe", line: 9 },
    ]);
  });

  it("reports a citation without an id as an empty id", () => {
    expect(find('Claim.<Cite loc="p. 2" />')).toEqual([{ sourceId: "", line: 1, locator: "p. 2" }]);
  });

  // The three cases where the old regex and the compiler disagreed (issue 11).
  it.each([
    ["a code span in double backticks", 'Editors write ``<Cite id="x" />`` after a claim.<Cite id="real" />'],
    ["a fence nested in a longer fence", '````md\n```\n<Cite id="x" />\n```\n````\n\nText.<Cite id="real" />'],
    ["a fence indented in a list item", '- An example:\n\n  ```\n  <Cite id="x" />\n  ```\n\nText.<Cite id="real" />'],
  ])("never counts an example in %s", (_case, source) => {
    expect(find(source).map((c) => c.sourceId)).toEqual(["real"]);
  });

  it("finds citations inside links, emphasis, lists and quotations", () => {
    const source =
      '> Quoted.<Cite id="a" />\n\n- *Listed*.<Cite id="b" />\n\n[A link <Cite id="c" />](https://example.org)';
    expect(find(source).map((c) => c.sourceId)).toEqual(["a", "b", "c"]);
  });
});

describe("numberCitations", () => {
  const result = numberCitations(findCitations(parseMdxBody(body)));

  it("numbers sources in order of first citation", () => {
    expect(result.sources.map((s) => [s.sourceId, s.number])).toEqual([
      ["globe", 1],
      ["nyt", 2],
      ["cbc", 3],
    ]);
  });

  it("gives a source cited several times one entry with a backlink per place", () => {
    const globe = result.sources[0]!;
    expect(globe.entryId).toBe("source-globe");
    expect(globe.refs.map((r) => r.refId)).toEqual(["cite-1-1", "cite-1-2", "cite-1-3"]);
    expect(result.sources[1]!.refs).toEqual([{ refId: "cite-2-1", locator: "para. 4" }]);
  });

  it("maps each occurrence to its number and unique anchor", () => {
    expect(result.inOrder.map((m) => `${m.number}:${m.refId}`)).toEqual([
      "1:cite-1-1",
      "2:cite-2-1",
      "1:cite-1-2",
      "3:cite-3-1",
      "1:cite-1-3",
    ]);
    expect(new Set(result.inOrder.map((m) => m.refId)).size).toBe(result.inOrder.length);
  });
});

describe("backlinkLabel", () => {
  it("labels backlinks a, b, ... z, aa like Wikipedia", () => {
    expect([0, 1, 25, 26, 27].map(backlinkLabel)).toEqual(["a", "b", "z", "aa", "ab"]);
  });
});

describe("commonAccessDate", () => {
  const day = (iso: string) => new Date(`${iso}T05:00:00Z`);

  it("picks the day most sources were accessed", () => {
    const dates = [day("2026-11-01"), day("2026-10-02"), day("2026-11-01")];
    expect(commonAccessDate(dates)).toEqual(day("2026-11-01"));
  });

  it("breaks a tie with the latest day, and has none for no sources", () => {
    expect(commonAccessDate([day("2026-10-02"), day("2026-11-01")])).toEqual(day("2026-11-01"));
    expect(commonAccessDate([])).toBeUndefined();
  });
});
