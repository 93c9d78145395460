import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFile, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readContentFiles } from "../../src/lib/content-check/read.ts";
import { buildWithContent, type FixtureBuild } from "../build/fixture-site.ts";

/*
 * No published article has needed a correction yet, but the corrections box must be
 * accessible before the first one does. So this builds the real site code with the
 * fixture content (one article carries a correction) and reads that article in the
 * browser, served from the fixture's dist/ under a made-up origin.
 */
const ORIGIN = "http://fixture.test";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let build: FixtureBuild;
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  const fixtures = fileURLToPath(new URL("../fixtures/base", import.meta.url));
  const files = new Map((await readContentFiles(fixtures)).map((f) => [f.file, f.bytes as Uint8Array]));
  build = await buildWithContent(files);
  expect(build.code, build.output).toBe(0);
});

test.afterAll(async () => {
  if (build) await rm(build.dir, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(build.dir, "dist", path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      await route.fulfill({ body, contentType: TYPES[extname(file)] ?? "application/octet-stream" });
    } catch {
      await route.fulfill({ status: 404, body: "not found" });
    }
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [320, 1280]) {
    test(`an article with a correction: box shown first, no axe violations, ${colorScheme}, ${width}px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${ORIGIN}/articles/second-article/`);
      const box = page.getByRole("complementary", { name: "Corrections" });
      await expect(box).toBeVisible();
      await expect(box).toContainText("An earlier version misstated a date.");
      // Readers see the correction before the text it corrects.
      const [boxTop, bodyTop] = await Promise.all(
        [box, page.locator(".body")].map(async (l) => (await l.boundingBox())!.y),
      );
      expect(boxTop).toBeLessThan(bodyTop!);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    });
  }
}
