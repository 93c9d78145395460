import { SETTINGS } from "../../src/settings.ts";
import { dictionaryFor } from "../../src/i18n/index.ts";
import { expect, test, type Page } from "@playwright/test";
import { pageTypes } from "./page-types.ts";

/*
 * The "Leave this site" control, for a reader who may be watched. The neutral page it
 * leads to is on another site; the tests answer for it with a blank page, so nothing
 * leaves the machine.
 */
// The neutral page "Leave this site" goes to (src/settings.ts).
const NEUTRAL = new RegExp(`^${SETTINGS.exitUrl.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`);

async function stubNeutralSite(page: Page) {
  await page.route(NEUTRAL, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Neutral</title><p>Elsewhere</p>" }),
  );
}

test("every page type has the Leave this site link first in its header, to another site, sending no referrer", async ({
  page,
}) => {
  const urls = await pageTypes(page);
  for (const [type, url] of Object.entries(urls)) {
    await page.goto(url);
    // In the page's own language: "Leave this site", "Покинуть этот сайт", "Quitter ce site".
    const { label } = dictionaryFor((await page.locator("html").getAttribute("lang")) ?? undefined).exit;
    const header = page.locator("header.site-header");
    const exit = header.getByRole("link", { name: label });
    await expect(exit, type).toBeVisible();
    await expect(exit).toHaveAttribute("href", NEUTRAL);
    await expect(exit).toHaveAttribute("rel", "noopener noreferrer");
    await expect(header.getByRole("link").first()).toContainText(label);
  }
});

test.describe("with JavaScript", () => {
  test.beforeEach(async ({ page }) => stubNeutralSite(page));

  test("the link leaves, and Back does not return to the page the reader left", async ({ page }) => {
    await page.goto("/");
    await page.goto("/resources/");
    await expect(page.getByText("or press Esc three times")).toBeVisible();
    await page.getByRole("link", { name: /Leave this site/ }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    // The resources page was replaced in the history: Back skips it.
    await expect(page).toHaveURL(/\/$/);
    expect(new URL(page.url()).pathname).toBe("/");
  });

  for (const key of ["Escape", "Shift"]) {
    test(`${key} pressed three times leaves, replacing the page in the history`, async ({ page }) => {
      await page.goto("/");
      await page.goto("/timeline/");
      for (let i = 0; i < 3; i++) await page.keyboard.press(key);
      await expect(page).toHaveURL(NEUTRAL);
      await page.goBack();
      expect(new URL(page.url()).pathname).toBe("/");
    });
  }

  test("typing does not leave: Shift then a letter, three times over", async ({ page }) => {
    await page.goto("/search/");
    await page.locator("#search-input").click();
    await page.keyboard.type("Kadyrov Chechnya Canada");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe("/search/");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test.beforeEach(async ({ page }) => stubNeutralSite(page));

  test("the link still leaves, and the shortcut is not promised", async ({ page }) => {
    await page.goto("/resources/");
    await expect(page.getByText("or press Esc three times")).toBeHidden();
    await page.getByRole("link", { name: /Leave this site/ }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await expect(page.getByText("Elsewhere")).toBeVisible();
  });
});
