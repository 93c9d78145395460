import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { findStrayFiles, readAssetFiles, readContentFiles } from "../../src/lib/content-check/read.ts";
import { checkContent, type ContentFile } from "../../src/lib/content-check/validate.ts";
import { formatProblem } from "../../src/lib/content-check/problem.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const base = await readContentFiles(`${fixtures}base`);

/** The base site plus one case's files, each path relative to the case folder like "content/articles/x.mdx". */
async function checkWith(folder: string) {
  const extra = await readContentFiles(`${fixtures}${folder}`);
  const files: ContentFile[] = [...base.filter((f) => !extra.some((e) => e.file === f.file)), ...extra];
  return checkContent(files);
}

const broken = "content/articles/broken.mdx";

/** Each realistic editor mistake and what the editor must be told: file, field, what is wrong and the fix. */
const cases: Record<string, { file?: string; field: string; line?: number; says: RegExp }> = {
  "missing-title": { field: "title", says: /missing\. Fix: add a "title:" field/ },
  "dek-too-long": {
    field: "description",
    line: 3,
    says: /at most 220 are allowed\. Fix: shorten it by \d+ characters/,
  },
  "misspelled-kind": {
    field: "kind",
    line: 4,
    says: /"explainr" is not allowed\. Fix: use "explainer" \(allowed: "news", "explainer", "analysis", "opinion", "fact-check"\)/,
  },
  "wrong-type-draft": { field: "draft", line: 8, says: /expected true or false, found text/ },
  "impossible-date": {
    field: "pubDate",
    line: 5,
    says: /"2017-02-30" is not a real calendar date\. Fix: write a quoted ISO date/,
  },
  "month-13": { field: "pubDate", says: /"2017-13-01" is not a real calendar date/ },
  "unquoted-date": {
    field: "pubDate",
    line: 5,
    says: /not in quotes.*Fix: write it as a quoted ISO date such as "2017-09-01"/,
  },
  "updated-before-published": { field: "updatedDate", line: 8, says: /before pubDate\. Fix:/ },
  "unknown-author": { field: "authors[0]", line: 6, says: /no author "staf"\. Known authors near it: "staff"\. Fix:/ },
  "unknown-topic": {
    field: "topics[0]",
    says: /no topic "canadas-respons"\. Known topics near it: "canadas-response"/,
  },
  "unknown-related": { field: "related[1]", line: 8, says: /no article "bar-baz"\. Known slugs near it: "bar-bax"\./ },
  "related-to-old-slug": {
    field: "related[0]",
    line: 8,
    says: /"old-second-article" is the old slug of "second-article"\. Fix: write "second-article"/,
  },
  "template-published": { field: "description", line: 3, says: /still the placeholder from npm run new\. Fix:/ },
  "colon-in-title": { field: "title", line: 2, says: /contains a colon.*Fix: put the whole text in double quotes/ },
  "duplicate-field": { field: "kind", line: 8, says: /the field "kind" appears twice\. Fix: keep one/ },
  "timeline-unknown-source": {
    file: "content/timeline/broken.yaml",
    field: "sources[0]",
    line: 4,
    says: /no source "globe-2017-09-1"\. Known source ids near it: "globe-2017-09-01"/,
  },
  "resource-http-url": {
    file: "content/resources/broken.yaml",
    field: "reach.url",
    line: 7,
    says: /only https:\/\/ links are allowed/,
  },
  "verdict-off-scale": {
    field: "claims[0].verdict",
    line: 16,
    says: /"mostly-true" is not allowed\. Fix: use .*\(allowed: "correct", "correct-with-caveats", "partly-correct-misleading", "misleading", "false", "unverified"\)/,
  },
  "verdict-unknown-claim": {
    field: "body",
    line: 22,
    says: /<Verdict claim="frist" \/> names no claim\. Fix: use the id of a claim listed under claims: in the front matter \("first"\)/,
  },
  "staging-source-url": {
    file: "content/sources/staging.yaml",
    field: "url",
    line: 4,
    says: /"staging\.example\.org" is a staging or test server.*Fix: use the address on the publication's own site/,
  },
  "self-related": { field: "related[0]", says: /lists itself\. Fix: remove "broken"/ },
  "unknown-citation": {
    field: "body",
    line: 10,
    says: /<Cite id="globe-2017-09-02" \/> names no source\. Known source ids near it: "globe-2017-09-01"/,
  },
  "citation-without-id": { field: "body", line: 10, says: /a <Cite \/> has no id\. Fix:/ },
  "duplicate-slug": {
    file: "content/articles/bar-bax.mdx",
    field: "file name",
    says: /slug "bar-bax" is already used by content\/articles\/2017\/bar-bax\.mdx\. Fix: rename/,
  },
  "alias-collides": { field: "aliases[0]", says: /"bar-bax" is already used by content\/articles\/bar-bax\.mdx/ },
  "http-source-url": {
    file: "content/sources/insecure.yaml",
    field: "url",
    line: 4,
    says: /only https:\/\/ links are allowed, found "http:"/,
  },
  "javascript-source-url": {
    file: "content/sources/evil.yaml",
    field: "url",
    says: /only https:\/\/ links are allowed, found "javascript:"/,
  },
  "javascript-link-in-body": { field: "body", line: 10, says: /link "javascript:alert\(1\)" is not allowed/ },
  "image-without-alt": { field: "image.alt", says: /is empty\. Fix: write it/ },
  "empty-body": { field: "body", says: /no text\. Fix: write the article/ },
  "unclosed-mdx-tag": { field: "body", says: /invalid MDX: .*Fix: close every <Cite/ },
  "stray-brace": { field: "body", line: 10, says: /invalid MDX: .*\\\{/ },
  "raw-script": {
    field: "body",
    line: 12,
    says: /<script> is raw HTML or an unknown component, which articles may not contain/,
  },
  "front-matter-not-closed": { field: "front matter", says: /not closed\. Fix: add a line "---"/ },
  "unknown-field": { field: "tittle", line: 8, says: /unknown field "tittle"\. Fix: rename it to "title"/ },
  "bad-source-type": {
    file: "content/sources/odd.yaml",
    field: "type",
    says: /"newspaper" is not allowed\. Fix: use .*\(allowed: "news", "report"/,
  },
  "non-utf8": { field: "file", line: 10, says: /not valid UTF-8.*Fix: save it again/ },
  "remote-image": {
    field: "body",
    line: 12,
    says: /image https:\/\/maps\.example\.org\/route\.png would be loaded from another site.*Fix: download the file into public\/images\//,
  },
  "broken-internal-link": {
    field: "body",
    line: 10,
    says: /the link \/articles\/bar-bx\/ leads to no page of this site\. Fix: link to \/articles\/bar-bax\//,
  },
  "broken-fragment": {
    field: "body",
    line: 10,
    says: /points to #2017-06-first-arival, which is not on \/timeline\/\. Fix: use #2017-06-first-arrival/,
  },
  "correction-before-publication": {
    field: "corrections[0].date",
    line: 9,
    says: /is before pubDate \(2017-09-05\): an article cannot be corrected before it is published/,
  },
  "accessed-before-published": {
    file: "content/sources/early.yaml",
    field: "accessed",
    line: 5,
    says: /is before published \(2017-09-01\)/,
  },
  "translation-unknown-original": {
    file: "content/translations/ru/broken.mdx",
    field: "translationOf",
    line: 3,
    says: /no article "no-such-story"/,
  },
  "translation-twice": {
    file: "content/translations/ru/broken.mdx",
    field: "translationOf",
    line: 3,
    says: /content\/translations\/ru\/bar-bax\.mdx is already the "ru" translation of "bar-bax"\. Fix: keep one/,
  },
  "translation-wrong-folder": {
    file: "content/translations/ru/broken.mdx",
    field: "lang",
    line: 2,
    says: /is "fr", but the file is in content\/translations\/ru\/\. Fix: move it to content\/translations\/fr\//,
  },
  "translation-new-source": {
    file: "content/translations/fr/broken.mdx",
    field: "body",
    line: 10,
    says: /<Cite id="globe-2017-09-01" \/> is not a source of the original \(content\/articles\/second-article\.mdx\)/,
  },
  "resource-untranslated": {
    file: "content/resources/bare.yaml",
    field: "translations.ru",
    says: /missing: the "ru" edition's directory shows every entry/,
  },
  "accented-file-name": {
    file: "content/articles/Été-à-Ottawa.mdx",
    field: "file name",
    says: /Fix: rename the file to "ete-a-ottawa\.mdx"/,
  },
};

describe("content check: the fixture site", () => {
  it("accepts the valid base site", async () => {
    const { problems, content } = checkContent(base);
    expect(problems.map(formatProblem)).toEqual([]);
    expect([...content.articles.keys()].sort()).toEqual(["bar-bax", "second-article"]);
  });

  it("accepts a file saved with a BOM and CRLF line endings", async () => {
    const { problems, content } = await checkWith("good/bom-crlf");
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.articles.get("windows-editor")?.data.title).toBe("A broken fixture article");
  });
});

describe("content check: translations", () => {
  it("lists a translation whose original was updated since, without failing", async () => {
    const { problems, notices } = await checkWith("good/stale-translation");
    expect(problems.map(formatProblem)).toEqual([]);
    expect(notices).toEqual([
      expect.stringMatching(
        /^content\/translations\/ru\/bar-bax\.mdx: stale translation: the original \(content\/articles\/bar-bax\.mdx\) was updated on October 1, 2017; .* set translatedFrom: "2017-10-01"$/,
      ),
    ]);
    expect(checkContent(base).notices).toEqual([]);
  });
});

describe("content check: citations come from the syntax tree", () => {
  it("never counts an example of the syntax in code, and numbers what the compiler renders", async () => {
    const { problems, content } = await checkWith("good/cite-in-code");
    expect(problems.map(formatProblem)).toEqual([]);
    const article = content.articles.get("cite-in-code")!;
    expect(article.citations.map((c) => `${c.line}:${c.sourceId}`)).toEqual(["10:globe-2017-09-01", "24:hrw-report"]);
  });
});

describe("content check: files nothing would read", () => {
  it("names a story saved with the wrong extension or in the wrong folder, and ignores hidden files and the guides beside content/", async () => {
    const problems = (await findStrayFiles(`${fixtures}stray`)).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/article\/wrong-folder\.mdx: file: content\/article\/ is not a content folder\. Fix: use one of content\/articles\//,
      ),
      "content/articles/saved-as.md: file: content/articles/ reads only .mdx files, so this one would not be published. Fix: rename it to content/articles/saved-as.mdx",
      expect.stringMatching(
        /^content\/lost-story\.mdx: file: is not in a content folder, so nothing reads it\. Fix: move it into content\/articles\//,
      ),
    ]);
  });
});

describe("content check: images", () => {
  it("names a lead image file that does not exist next to the article", async () => {
    const extra = await readContentFiles(`${fixtures}good/with-image`);
    const { problems } = checkContent([...base, ...extra], { assetFiles: new Set(["content/articles/other.png"]) });
    expect(problems.map(formatProblem)).toEqual([
      "content/articles/with-image.mdx:10: image.src: no file content/articles/images/fixture.png. Fix: add the image there, or correct the path",
    ]);
    const assetFiles = await readAssetFiles(`${fixtures}good/with-image`);
    expect([...assetFiles]).toEqual(["content/articles/images/fixture.png"]);
    expect(checkContent([...base, ...extra], { assetFiles }).problems).toEqual([]);
  });
});

describe("content check: every realistic mistake is named with file, field and fix", () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, async () => {
      const { problems } = await checkWith(`bad/${name}`);
      const file = expected.file ?? broken;
      const match = problems.find(
        (p) => p.file === file && p.field === expected.field && expected.says.test(p.message),
      );
      expect(
        match,
        `expected a problem for ${file} ${expected.field} ${expected.says}, got:\n${problems.map(formatProblem).join("\n")}`,
      ).toBeDefined();
      if (expected.line) expect(match!.line).toBe(expected.line);
      expect(match!.message).toMatch(/Fix: /);
      // The mistake stays in its own file: no other article is reported.
      const others = problems.filter(
        (p) => p.file !== file && !(name === "duplicate-slug" && p.file.endsWith("bar-bax.mdx")),
      );
      expect(others.map(formatProblem)).toEqual([]);
    });
  }
});
