import { describe, expect, it } from "vitest";
import { z } from "zod";
import { articleSchema, COLLECTIONS, ref, referenceFields, timelineEventSchema } from "./index.ts";

describe("reference fields declare their collection in the schema", () => {
  it("finds every reference of an article and a timeline event", () => {
    expect(referenceFields(articleSchema)).toEqual([
      { field: "authors", collection: "authors" },
      { field: "topics", collection: "topics" },
      { field: "related", collection: "articles" },
    ]);
    expect(referenceFields(timelineEventSchema)).toEqual([
      { field: "sources", collection: "sources" },
      { field: "articles", collection: "articles" },
    ]);
  });

  it("sees a reference through optional, default and list wrappers", () => {
    const schema = z.object({
      one: ref("topics").optional(),
      many: z.array(ref("sources")).default([]),
      x: z.string(),
    });
    expect(referenceFields(schema)).toEqual([
      { field: "one", collection: "topics" },
      { field: "many", collection: "sources" },
    ]);
  });

  it("points only at registered collections", () => {
    for (const { schema } of Object.values(COLLECTIONS)) {
      for (const { collection } of referenceFields(schema)) expect(Object.keys(COLLECTIONS)).toContain(collection);
    }
  });
});
