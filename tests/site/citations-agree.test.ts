import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { checkContentDir } from "../../src/lib/content-check/read.ts";
import { numberCitations } from "../../src/lib/citations.ts";
import { articleFile } from "../../src/lib/urls.ts";
import { snapshotOf } from "../../src/integrations/content-check.ts";
import { readFile } from "node:fs/promises";
import { distDir } from "./built-site.ts";

/*
 * The editors' check and the build parse citations with the same parser; here the
 * built pages prove it: every mark on every published article has the number and
 * anchor the check gave that citation. The order is the document's, except that each
 * cluster of adjacent marks is shown in numeric order (src/lib/cite-clusters-plugin.ts).
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const { content } = await checkContentDir(root);
const published = snapshotOf(content, new Date()).articles;

describe("citations: the check and the built page agree", () => {
  it("checks every published article", () => expect(published.length).toBeGreaterThan(0));

  it.each(published.map((a) => a.slug))("%s", async (slug) => {
    const html = await readFile(`${distDir}${articleFile(slug)}`, "utf8");
    const marks = [...html.matchAll(/<a href="#(source-[^"]+)" id="(cite-\d+-\d+)" role="doc-noteref"[^>]*>\s*(\d+)/g)];
    const expected = numberCitations(content.articles.get(slug)!.citations).inOrder;
    const byRef = (a: string, b: string) => a.split(" ")[1]!.localeCompare(b.split(" ")[1]!);
    expect(marks.map((m) => `${m[3]} ${m[2]} ${m[1]}`).sort(byRef)).toEqual(
      expected.map((c) => `${c.number} ${c.refId} ${c.entryId}`).sort(byRef),
    );
  });
});
