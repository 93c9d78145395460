import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DOCUMENTED,
  END_MARKER,
  START_MARKER,
  fieldDocs,
  fieldReference,
  fieldTable,
  withFieldReference,
} from "./field-docs.ts";
import { articleSchema, sourceSchema } from "../schemas/index.ts";

const byName = (schema: Parameters<typeof fieldDocs>[0]) => new Map(fieldDocs(schema).map((d) => [d.name, d]));

describe("fieldDocs", () => {
  const article = byName(articleSchema);

  it("lists every field, nested ones by their path", () => {
    expect([...article.keys()]).toEqual([
      "title",
      "description",
      "kind",
      "pubDate",
      "updatedDate",
      "authors",
      "topics",
      "related",
      "image",
      "image.src",
      "image.alt",
      "draft",
      "aliases",
      "corrections",
      "corrections[].date",
      "corrections[].text",
      "dateline",
      "claims",
      "claims[].id",
      "claims[].claim",
      "claims[].claimant",
      "claims[].claimantType",
      "claims[].appearance",
      "claims[].appearance.url",
      "claims[].appearance.publisher",
      "claims[].date",
      "claims[].dateNote",
      "claims[].verdict",
      "claims[].summary",
    ]);
  });

  it("says type, whether required, default and limits", () => {
    expect(article.get("description")).toMatchObject({
      type: "text",
      required: "required",
      limits: "50–220 characters",
    });
    expect(article.get("kind")?.type).toBe("one of `news`, `explainer`, `analysis`, `opinion`, `fact-check`");
    expect(article.get("pubDate")).toMatchObject({ type: "date", required: "required" });
    expect(article.get("updatedDate")).toMatchObject({ type: "date", required: "optional" });
    expect(article.get("draft")).toMatchObject({ type: "`true` or `false`", required: "optional (default `false`)" });
    expect(article.get("topics")).toMatchObject({
      type: "list of slugs",
      limits: "at least 1; each names a file in content/topics/",
    });
    expect(article.get("related")?.required).toBe("optional (default none)");
    expect(byName(sourceSchema).get("url")).toMatchObject({ type: "link", limits: "https:// only" });
    expect(byName(sourceSchema).get("authors")).toMatchObject({
      type: "list of texts",
      limits: "each 1–120 characters",
    });
  });

  it("has a description for every field of every documented schema", () => {
    const undocumented = DOCUMENTED.flatMap(({ heading, schema }) =>
      fieldDocs(schema)
        .filter((d) => !d.description)
        .map((d) => `${heading}: ${d.name}`),
    );
    expect(undocumented, "add .describe(...) to these fields in src/schemas").toEqual([]);
  });

  it("reads a description given inside or outside optional()", () => {
    const schema = z.object({ a: z.string().describe("inner").optional(), b: z.string().optional().describe("outer") });
    expect(fieldDocs(schema).map((d) => d.description)).toEqual(["inner", "outer"]);
  });
});

describe("fieldTable", () => {
  it("pads columns and escapes pipes", () => {
    const table = fieldTable([{ name: "a", type: "text", required: "required", limits: "", description: "x | y" }]);
    expect(table.split("\n")).toEqual([
      "| Field | Type | Required | Limits | What it is |",
      "| ----- | ---- | -------- | ------ | ---------- |",
      "| `a`   | text | required |        | x \\| y     |",
    ]);
  });
});

describe("withFieldReference", () => {
  const guide = `# Guide\n\nText.\n\n${START_MARKER}\nold\n${END_MARKER}\n\nAfter.\n`;

  it("replaces only the text between the markers, and is stable", () => {
    const updated = withFieldReference(guide, "NEW");
    expect(updated).toBe(`# Guide\n\nText.\n\n${START_MARKER}\n\nNEW\n\n${END_MARKER}\n\nAfter.\n`);
    expect(withFieldReference(updated, "NEW")).toBe(updated);
  });

  it("refuses a guide without the markers", () => {
    expect(() => withFieldReference("# Guide\n")).toThrow(/no "<!-- fields:start -->".*Fix: add/);
  });

  it("generates a heading and a table per schema", () => {
    const reference = fieldReference();
    expect(reference.match(/^### /gm)).toHaveLength(DOCUMENTED.length);
    expect(reference).toMatch(/\| `corrections\[\]\.date` +\| date/);
  });
});
