import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pageTypes } from "./page-types.ts";
import { dictionaryFor } from "../../src/i18n/index.ts";

let urls: Record<string, string> = {};
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  urls = await pageTypes(page);
  await page.close();
});

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [320, 1280]) {
    test(`no axe violations (WCAG 2.2 AA) on any page type, ${colorScheme}, ${width}px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const [type, url] of Object.entries(urls)) {
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = violations.map(
          (v) => `${type} ${url}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")}`,
        );
        expect(summary).toEqual([]);
        // No horizontal scrolling, even on the narrowest phones.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${type} ${url} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });
  }
}

test("every page type: no other origin, no cookie, no storage, no CSP violation", async ({
  page,
  context,
  baseURL,
}) => {
  const foreign: string[] = [];
  const cspErrors: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => cspErrors.push(`${page.url()}: ${e.message}`));
  for (const url of Object.values(urls)) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    for (const link of await page.locator('a[href^="http"]').all()) {
      const href = (await link.getAttribute("href"))!;
      if (!href.startsWith(baseURL!)) expect(await link.getAttribute("rel"), href).toBe("noopener noreferrer");
    }
  }
  // Search runs Pagefind's WebAssembly under the page's CSP.
  await page.goto(`${urls["search"]}?q=Freeland`);
  await expect(page.locator("#search-results li").first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(cspErrors).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test("every page type works with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [type, url] of Object.entries(urls)) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 }), type).toBeVisible();
    const { nav } = dictionaryFor((await page.locator("html").getAttribute("lang")) ?? undefined);
    await expect(page.getByRole("navigation", { name: nav.label }), type).toBeVisible();
  }
  await page.goto(urls["search"]!);
  await expect(page.getByText("Search needs JavaScript")).toBeVisible();
  await expect(page.getByRole("link", { name: "all stories, newest first" })).toBeVisible();
  await context.close();
});

test("keyboard: a visible skip link leads to the content, and focus is always visible", async ({ page }) => {
  await page.goto(urls["article"]!);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  expect(page.url()).toMatch(/#main$/);
  await page.keyboard.press("Tab");
  const focusedInMain = await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement));
  expect(focusedInMain).toBe(true);
});

test("keyboard: from a citation to its source and back, focus lands where the reader is", async ({ page }) => {
  await page.goto(urls["article"]!);
  const cite = page.locator('.body [role="doc-noteref"]').first();
  await cite.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".sources li:target")).toBeInViewport();
  // The next Tab starts from the source entry, so its backlink is the next stop.
  await page.keyboard.press("Tab");
  const inEntry = await page.evaluate(() =>
    document.querySelector(".sources li:target")!.contains(document.activeElement),
  );
  expect(inEntry).toBe(true);
  await expect(page.locator(":focus")).toHaveAttribute("role", "doc-backlink");
  await page.keyboard.press("Enter");
  await expect(page.locator("#cite-1-1")).toBeInViewport();
  await page.keyboard.press("Tab");
  const nearCitation = await page.evaluate(() => {
    const focused = document.activeElement!;
    const cite = document.querySelector("#cite-1-1")!;
    return (
      cite.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING && focused.closest(".body") !== null
    );
  });
  expect(nearCitation).toBeTruthy();
});

test("dark mode follows the system setting", async ({ page }) => {
  const background = async () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(urls["article"]!);
  const light = await background();
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).not.toBe(light);
});

test("print: the masthead and the article's address on paper; navigation and backlinks hidden", async ({ page }) => {
  await page.goto(urls["article"]!);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-name")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("search").first()).toBeHidden();
  await expect(page.locator(".related")).toBeHidden();
  await expect(page.locator(".sources .backlinks").first()).toBeHidden();
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
  const printed = page.locator(".print-only");
  await expect(printed).toBeVisible();
  await expect(printed).toContainText(canonical);
  // With JavaScript, the day it was printed.
  await expect(printed).toContainText(String(new Date().getFullYear()));
  const after = await page
    .locator(".sources li a:has(cite)")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("https://");
});
