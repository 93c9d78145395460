import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { articleSchema } from "../schemas/index.ts";
import { readContentFiles } from "./content-check/read.ts";
import { parseContentFile } from "./content-check/parse.ts";
import { checkContent } from "./content-check/validate.ts";
import { formatProblem } from "./content-check/problem.ts";
import { freeSlug, planArticle, siteFacts, PLACEHOLDER_DESCRIPTION } from "./new-article.ts";

const base = await readContentFiles(fileURLToPath(new URL("../../tests/fixtures/base", import.meta.url)));
const facts = siteFacts(base);

describe("siteFacts and freeSlug", () => {
  it("knows article slugs, aliases, topics and sources", () => {
    expect(facts.taken.get("bar-bax")).toBe("content/articles/bar-bax.mdx");
    expect(facts.taken.get("old-second-article")).toBe("content/articles/second-article.mdx");
    expect(facts.topics).toEqual(["canadas-response", "chechnya-purge"]);
    expect(facts.sources).toEqual(["globe-2017-09-01", "hrw-report"]);
  });

  it("suggests the first free numbered slug", () => {
    expect(freeSlug("new-one", facts.taken)).toBe("new-one");
    expect(freeSlug("bar-bax", facts.taken)).toBe("bar-bax-2");
    expect(freeSlug("bar-bax", new Map([...facts.taken, ["bar-bax-2", "x"]]))).toBe("bar-bax-3");
  });
});

describe("planArticle", () => {
  const today = "2026-11-26";

  it("builds a draft that passes the schema and the whole content check", () => {
    const plan = planArticle({ title: "Ottawa's secret flights" }, facts, today);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.file).toBe("content/articles/ottawas-secret-flights.mdx");
    const parsed = parseContentFile(plan.file, plan.text);
    if (!parsed.ok) throw new Error("unparsable");
    expect(articleSchema.parse(parsed.parsed.data)).toMatchObject({
      title: "Ottawa's secret flights",
      description: PLACEHOLDER_DESCRIPTION,
      kind: "news",
      authors: ["staff"],
      topics: ["canadas-response"],
      draft: true,
    });
    expect(plan.text).toContain('pubDate: "2026-11-26"');
    expect(plan.text).toContain('<Cite id="globe-2017-09-01" />');
    const { problems } = checkContent([...base, { collection: "articles", file: plan.file, bytes: plan.text }]);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("takes a kind and several topics", () => {
    const plan = planArticle(
      { title: "T", kind: "explainer", topics: ["chechnya-purge", "canadas-response", "chechnya-purge"] },
      facts,
      today,
    );
    expect(plan.ok && plan.text).toContain(
      'kind: "explainer"\npubDate: "2026-11-26"\nauthors: ["staff"]\ntopics: ["chechnya-purge", "canadas-response"]',
    );
  });

  it.each([
    [{ title: "T", kind: "explainr" }, /^there is no kind "explainr"\. Fix: use "explainer" \(kinds: news, explainer/],
    [
      { title: "T", topics: ["canada-response"] },
      /^there is no topic "canada-response" in content\/topics\/\. Fix: use "canadas-response"/,
    ],
    [
      { title: "Bar bax" },
      /^content\/articles\/bar-bax\.mdx already exists\. Fix: change the title, or add --slug bar-bax-2$/,
    ],
    [
      { title: "Old second article" },
      /^"old-second-article" is an old name \(alias\) of content\/articles\/second-article\.mdx\. Fix: .*--slug old-second-article-2$/,
    ],
    [{ title: "x".repeat(111) }, /^the title is 111 characters; at most 110 are allowed\. Fix: shorten it by 1/],
    [{ title: "   " }, /^the title is empty/],
    [{ title: "🏳️‍🌈" }, /no letters or digits.*--slug/],
    [{ title: "T", slug: "Bad Slug" }, /^"Bad Slug" is not a valid slug\. Fix: .*"bad-slug"/],
  ])("refuses %o with a one-line message and a fix", (request, message) => {
    const plan = planArticle(request, facts, today);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.message).toMatch(message);
      expect(plan.message).not.toContain("\n");
    }
  });

  it("accepts a free --slug for a taken title", () => {
    const plan = planArticle({ title: "Bar bax", slug: "bar-bax-2" }, facts, today);
    expect(plan.ok && plan.file).toBe("content/articles/bar-bax-2.mdx");
  });
});
