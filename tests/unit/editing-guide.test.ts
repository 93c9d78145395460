import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withFieldReference } from "../../src/lib/field-docs.ts";
import { readContentFiles } from "../../src/lib/content-check/read.ts";
import { checkContent } from "../../src/lib/content-check/validate.ts";
import { formatProblem } from "../../src/lib/content-check/problem.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const guide = readFileSync(`${root}content/EDITING.md`, "utf8");

describe("content/EDITING.md", () => {
  it("has the field reference of the current schemas", () => {
    expect(
      withFieldReference(guide) === guide,
      "content/EDITING.md's field reference is out of date. Fix: run npm run docs:fields",
    ).toBe(true);
  });

  it("shows a complete example article that passes the check", async () => {
    const example = /^`(content\/articles\/[a-z0-9-]+\.mdx)`:\n\n```mdx\n([\s\S]*?)\n```$/m.exec(guide);
    expect(example, "the guide's complete example (a file name, then an mdx block)").not.toBeNull();
    const [, file = "", text = ""] = example!;
    const files = [...(await readContentFiles(root)), { collection: "articles" as const, file, bytes: text }];
    const { problems, content } = checkContent(files);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.articles.get("rainbow-railroad-announcement")?.citations).toHaveLength(3);
  });
});
