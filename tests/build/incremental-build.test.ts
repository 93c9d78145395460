import { afterAll, describe, expect, it } from "vitest";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSyntheticContent } from "../../src/cli/bench/synthetic-content.ts";
import { listFiles } from "../../src/lib/dist-pages.ts";
import { buildWithContent, cacheDirOf, runBuild, type FixtureBuild } from "./fixture-site.ts";

/*
 * Astro's incremental build copies a page from its cache when the page's cacheKey
 * (src/lib/page-keys.ts) and code are unchanged. A key that misses something the page
 * shows publishes a stale page. Here an article's title is edited, the site is rebuilt
 * with the cache, and the result must be byte for byte a clean build of the same content:
 * the article, the stories that relate to it, the lists and feeds that name it.
 */
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function distFiles(distDir: string): Promise<Map<string, Buffer>> {
  const files = (await listFiles(distDir)).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(distDir, f))] as const)));
}

/** "/articles/x/index.html (restored)" lines: the pages an incremental build copied, not rendered. */
const copiedPages = (build: FixtureBuild) =>
  new Set([...build.output.matchAll(/(\S+\.html) \((?:restored|cached)\)/g)].map((m) => m[1]!.replace(/^\//, "")));

const expectBuilt = (build: FixtureBuild) => expect(build.code, build.output.slice(-3000)).toBe(0);

describe("incremental build", () => {
  it("after an article's title, then the interface text, is edited, gives byte for byte what a clean build gives", async () => {
    // Enough articles for two archive pages, shared topics and sources, and related stories.
    const files = new Map(
      generateSyntheticContent({ articles: 30, seed: 7, words: 150 }).map((f) => [f.file, Buffer.from(f.bytes)]),
    );
    const first = await buildWithContent(files);
    dirs.push(first.dir);
    expectBuilt(first);
    const dist = join(first.dir, "dist");
    const before = await distFiles(dist);

    // The article that another story lists first among its related stories.
    const RELATED = /<nav class="related"[\s\S]*?<a href="\/articles\/([^/"]+)\/"/;
    const somePage = [...before].find(
      ([f, bytes]) => /^articles\/[^/]+\/index\.html$/.test(f) && RELATED.test(bytes.toString()),
    )?.[0];
    expect(somePage, "an article page shows related stories").toBeDefined();
    const relatedHref = RELATED.exec(before.get(somePage!)!.toString());
    const slug = relatedHref![1]!;
    const source = join(first.dir, "content", "articles", `${slug}.mdx`);
    const text = await readFile(source, "utf8");
    const oldTitle = JSON.parse(/^title: (.*)$/m.exec(text)![1]!) as string;
    const newTitle = `${oldTitle} (corrected)`;
    await writeFile(source, text.replace(/^title: .*$/m, `title: ${JSON.stringify(newTitle)}`));

    // The pages that showed the old title: all must change.
    const naming = [...before]
      .filter(([f, bytes]) => f.endsWith(".html") && bytes.toString().includes(oldTitle))
      .map(([f]) => f);
    expect(naming).toContain(`articles/${slug}/index.html`);
    expect(naming).toContain(somePage!);
    expect(naming.some((f) => f.startsWith("archive/"))).toBe(true);
    expect(naming.some((f) => f.startsWith("topics/"))).toBe(true);
    expect(naming.some((f) => f.startsWith("sources/"))).toBe(true);

    const incremental = await runBuild(first.dir);
    expectBuilt(incremental);
    const copied = copiedPages(incremental);
    // The cache was used (else this test proves nothing), but not for a page naming the article.
    expect(copied.size).toBeGreaterThan(10);
    for (const page of naming) expect(copied, page).not.toContain(page);
    const afterIncremental = await distFiles(dist);

    // Built again unchanged: every keyed page and the search index come from the cache.
    const unchanged = await runBuild(first.dir);
    expectBuilt(unchanged);
    expect(unchanged.output).toMatch(/search index: \d+ pages, unchanged since the last build/);
    expect(copiedPages(unchanged).size).toBeGreaterThan(copied.size);
    expect(await distFiles(dist)).toEqual(afterIncremental);

    // A clean build of the same content: no cache.
    await rename(dist, join(first.dir, "dist-incremental"));
    await rm(cacheDirOf(first.dir), { recursive: true, force: true });
    const clean = await runBuild(first.dir);
    expectBuilt(clean);
    expect(copiedPages(clean).size).toBe(0);
    const afterClean = await distFiles(dist);

    expect([...afterIncremental.keys()]).toEqual([...afterClean.keys()]);
    const differing = [...afterClean].filter(([f, bytes]) => !bytes.equals(afterIncremental.get(f)!)).map(([f]) => f);
    expect(differing).toEqual([]);
    for (const page of naming) {
      expect(afterClean.get(page)!.toString(), page).toContain(newTitle.replaceAll("'", "&#39;"));
    }

    // Interface text reaches pages through middleware (Astro.locals), outside a page's own
    // imports: an edit to it must still re-render every page that shows it.
    const dictionary = join(first.dir, "src", "i18n", "en.ts");
    const interfaceText = await readFile(dictionary, "utf8");
    expect(interfaceText).toContain('heading: "Related stories"');
    await writeFile(dictionary, interfaceText.replace('heading: "Related stories"', 'heading: "More stories"'));
    const afterTextEdit = await runBuild(first.dir);
    expectBuilt(afterTextEdit);
    expect((await readFile(join(dist, somePage!), "utf8")).includes("More stories")).toBe(true);
    const textIncremental = await distFiles(dist);
    await rm(join(first.dir, "dist-incremental"), { recursive: true, force: true });
    await rename(dist, join(first.dir, "dist-incremental"));
    await rm(cacheDirOf(first.dir), { recursive: true, force: true });
    expectBuilt(await runBuild(first.dir));
    const textClean = await distFiles(dist);
    expect([...textIncremental.keys()]).toEqual([...textClean.keys()]);
    expect([...textClean].filter(([f, bytes]) => !bytes.equals(textIncremental.get(f)!)).map(([f]) => f)).toEqual([]);
  }, 400_000);
});
