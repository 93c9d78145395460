import { afterAll, describe, expect, it } from "vitest";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readContentFiles } from "../../src/lib/content-check/read.ts";
import { checkContent } from "../../src/lib/content-check/validate.ts";
import { formatProblem } from "../../src/lib/content-check/problem.ts";
import type { CollectionName } from "../../src/schemas/index.ts";
import { htmlValidator } from "../site/html-validator.ts";
import { nuHtmlErrors } from "../site/nu-html-checker.ts";
import { buildWithContent as build_, readBuilt, type FixtureBuild } from "./fixture-site.ts";

const builds: FixtureBuild[] = [];
const buildWithContent = async (files: ReadonlyMap<string, Uint8Array>, env?: Record<string, string>) => {
  const build = await build_(files, env);
  builds.push(build);
  return build;
};
afterAll(() => Promise.all(builds.map((b) => rm(b.dir, { recursive: true, force: true }))));

/*
 * The build runs the same content check as `npm run check` (tested case by case in
 * tests/unit/content-check.test.ts); here the real `astro build` must refuse every
 * broken fixture at once, naming each file, and build the rest when nothing is wrong.
 */
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const bytes = async (folder: string) =>
  new Map((await readContentFiles(folder)).map((f) => [f.file, f.bytes as Uint8Array]));
const base = await bytes(`${fixtures}base`);
const collectionOf = (file: string) => file.split("/")[1] as CollectionName;

describe("astro build", () => {
  it("fails on broken content, naming every broken file, field and fix", async () => {
    const files = new Map(base);
    const expectedFiles: string[] = [];
    for (const name of await readdir(`${fixtures}bad`)) {
      for (const [path, content] of await bytes(`${fixtures}bad/${name}`)) {
        // Each case's file gets its own name so that all cases fit in one build.
        const renamed = path.endsWith("/broken.mdx") ? path.replace("broken.mdx", `${name}.mdx`) : path;
        files.set(renamed, content);
        expectedFiles.push(name === "duplicate-slug" ? "content/articles/bar-bax.mdx" : renamed);
      }
    }
    const build = await buildWithContent(files);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain("Content check failed");
    for (const file of expectedFiles) expect(build.output, file).toContain(`${file}`);
    // Word for word what `npm run check` says about the same files: file, line, field and fix.
    const { problems } = checkContent(
      [...files].map(([file, bytes]) => ({ collection: collectionOf(file), file, bytes })),
    );
    expect(problems.length).toBeGreaterThanOrEqual(expectedFiles.length);
    for (const problem of problems) expect(build.output).toContain(formatProblem(problem));
    expect(build.output).toMatch(
      /content\/articles\/unknown-related\.mdx:8: related\[1\]: no article "bar-baz"\. Known slugs near it: "bar-bax"\./,
    );
    expect(build.output).not.toMatch(/generating static routes/);
  }, 180_000);

  it("fails when a published URL would disappear, and says how to keep it", async () => {
    const files = new Map(base);
    files.set("content/permalinks.txt", new TextEncoder().encode("/articles/bar-bax/\n/articles/a-deleted-story/\n"));
    const build = await buildWithContent(files);
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(
      /content\/permalinks\.txt: 1 published URL\(s\) no longer answer: \/articles\/a-deleted-story\/\. Fix: .*aliases/,
    );
  }, 180_000);

  it("builds every article when the content is valid, including a file with a BOM and CRLF line endings", async () => {
    const files = new Map([
      ...base,
      ...(await bytes(`${fixtures}good/bom-crlf`)),
      ...(await bytes(`${fixtures}good/with-image`)),
      ...(await bytes(`${fixtures}good/unpublished`)),
      ...(await bytes(`${fixtures}good/cite-in-code`)),
    ]);
    const image = "content/articles/images/fixture.png";
    files.set(image, await readFile(`${fixtures}good/with-image/${image}`));
    const build = await buildWithContent(files);
    expect(build.code, build.output).toBe(0);
    for (const slug of ["bar-bax", "second-article", "windows-editor", "with-image"]) {
      expect(await readBuilt(build, `articles/${slug}/index.html`)).toContain("<h1>");
    }
    // An example of the syntax in code is shown as code; the real citations are numbered
    // 1 and 2, as the check numbers them (the regex of old saw four and broke the build).
    const withCode = await readBuilt(build, "articles/cite-in-code/index.html");
    expect(withCode).toMatch(/<code>&lt;Cite id=(?:"|&quot;)hrw-report(?:"|&quot;) \/&gt;\n?<\/code>/);
    expect([...withCode.matchAll(/id="(cite-\d+-\d+)"/g)].map((m) => m[1])).toEqual(["cite-1-1", "cite-2-1"]);
    // A translation is published under its edition, in its language, beside the original.
    const russian = await readBuilt(build, "ru/articles/bar-bax/index.html");
    expect(russian).toContain('<html lang="ru"');
    expect(russian).toContain('hreflang="en" href="https://refugenorth.example/articles/bar-bax/"');
    expect(await readBuilt(build, "articles/bar-bax/index.html")).toContain(
      'hreflang="ru" href="https://refugenorth.example/ru/articles/bar-bax/"',
    );
    // Drafts and future stories are nowhere in the production build.
    for (const slug of ["a-draft-story", "a-future-story"]) {
      await expect(readBuilt(build, `articles/${slug}/index.html`)).rejects.toThrow();
      for (const page of [
        "index.html",
        "rss.xml",
        "feed.json",
        "sitemap-0.xml",
        "topics/canadas-response/index.html",
        "articles/bar-bax/index.html",
      ]) {
        expect(await readBuilt(build, page), `${slug} in ${page}`).not.toContain(slug);
      }
    }
    // A lead image is shown with its alt text, measured (no layout shift) and optimized.
    expect(await readBuilt(build, "articles/with-image/index.html")).toMatch(
      /<img src="\/_astro\/fixture\.[\w-]+\.webp"[^>]* alt="The Refuge North logo, used as a fixture image" loading="eager" decoding="async" width="512" height="512">/,
    );
    // The dateline runs in at the start of the first paragraph.
    expect(await readBuilt(build, "articles/bar-bax/index.html")).toMatch(
      /<div class="body"><span class="dateline">TORONTO \u2014 <\/span><p>First claim\./,
    );
    // The alias of a renamed article answers with a redirect page.
    expect(await readBuilt(build, "articles/old-second-article/index.html")).toContain('http-equiv="refresh"');
    // The correction is shown before the body, in valid HTML.
    const corrected = await readBuilt(build, "articles/second-article/index.html");
    expect(corrected).toMatch(/class="corrections".*An earlier version misstated a date\..*class="body"/s);
    // The timeline shows each date as precisely as it is known; the directory links out safely.
    const timeline = await readBuilt(build, "timeline/index.html");
    expect(timeline).toContain('<time datetime="2017-06">June 2017</time>');
    expect(timeline).toContain('<time datetime="2017-09-01">September 1, 2017</time>');
    expect(timeline.indexOf("First arrival")).toBeLessThan(timeline.indexOf("The programme becomes public"));
    const resources = await readBuilt(build, "resources/index.html");
    // The organization's own page, linked safely, and its status before its sources.
    expect(resources).toMatch(/<a href="https:\/\/example\.org\/" rel="noopener noreferrer">Its home page<\/a>/);
    expect(resources).toMatch(/<h3>Fixture Organisation<\/h3>.*Its status is uncertain.*Sources for this entry/s);
    for (const html of [corrected, timeline, resources]) {
      const report = await htmlValidator.validateString(html);
      expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    }
    // Every page of this site too (a correction, a lead image, an alias) passes the Nu checker.
    expect(await nuHtmlErrors(join(build.dir, "dist"))).toEqual([]);
  }, 180_000);

  it("builds a site whose every article is still a draft (a new newsroom), with no share images to copy", async () => {
    const files = new Map(base);
    for (const [path, content] of files) {
      if (collectionOf(path) !== "articles") continue;
      files.set(
        path,
        new TextEncoder().encode(new TextDecoder().decode(content).replace(/^---\n/, "---\ndraft: true\n")),
      );
    }
    const build = await buildWithContent(files);
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain("0 share images");
    expect(await readBuilt(build, "index.html")).toContain("No stories have been published yet.");
  }, 180_000);

  it("sends every Report an error to CORRECTIONS_CONTACT when it is set, and refuses a value that is no address", async () => {
    const configured = await buildWithContent(new Map(base), { CORRECTIONS_CONTACT: "fixes@newsroom.example" });
    expect(configured.code, configured.output).toBe(0);
    for (const slug of ["bar-bax", "second-article"]) {
      expect(await readBuilt(configured, `articles/${slug}/index.html`)).toMatch(
        /<a href="mailto:fixes@newsroom\.example\?subject=Correction%3A%20[^"]+">Report an error<\/a>/,
      );
    }
    expect(await readBuilt(configured, "about/index.html")).toContain(
      '<a href="mailto:fixes@newsroom.example">fixes@newsroom.example</a>',
    );

    const refused = await buildWithContent(new Map(base), { CORRECTIONS_CONTACT: "http://newsroom.example/fix" });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/CORRECTIONS_CONTACT: "http:\/\/newsroom\.example\/fix" is neither .* Fix: /);
  }, 180_000);
});
