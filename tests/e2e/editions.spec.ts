import { SETTINGS } from "../../src/settings.ts";
import { expect, test } from "@playwright/test";

// The neutral page "Leave this site" goes to (src/settings.ts).
const NEUTRAL = new RegExp(`^${SETTINGS.exitUrl.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`);

/** An article that exists in English, Russian and French. */
const SLUG = "how-lgbtq-refugees-can-reach-canada";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switcher moves between the translations of one article", async ({ page }) => {
    await page.goto(`/articles/${SLUG}/`);
    const switcher = page.getByRole("navigation", { name: "Languages" });
    await switcher.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/articles/${SLUG}/$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.getByRole("navigation", { name: "Языки" }).getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/articles/${SLUG}/$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.getByRole("navigation", { name: "Langues" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test("/ru/resources/ is Russian throughout its interface", async ({ page }) => {
  await page.goto("/ru/resources/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ресурсы");
  await expect(page.getByRole("link", { name: "Покинуть этот сайт" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Языки" })).toBeVisible();
  // The safety notice and every entry's labels are in Russian; no English label is left.
  const main = await page.getByRole("main").innerText();
  for (const english of ["What it does", "Who it helps", "How to reach it", "Last checked", "Sources"]) {
    expect(main).not.toContain(english);
  }
});

test("hreflang alternates resolve, and each alternate links back to the page", async ({ page, request }) => {
  for (const start of [`/articles/${SLUG}/`, "/ru/resources/", "/fr/"]) {
    await page.goto(start);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]:not([hreflang="x-default"])')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
      );
    expect(alternates.length).toBe(3);
    for (const [lang, path] of alternates) {
      const response = await request.get(path!);
      expect(response.status(), `${path}`).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      // Both ways: the alternate lists the page we started from.
      expect(html).toMatch(new RegExp(`hreflang="[a-z]+" href="[^"]*${start.replace(/\//g, "\\/")}"`));
    }
  }
});

test("Leave this site works on a Russian page, and Back does not return", async ({ page }) => {
  // The neutral page is on another site: the test answers for it, so nothing leaves the machine.
  await page.route(NEUTRAL, (route) => route.fulfill({ contentType: "text/html", body: "<title>Neutral</title>" }));
  await page.goto("/ru/");
  await page.goto(`/ru/articles/${SLUG}/`);
  await expect(page.getByText("или нажмите Esc три раза")).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Escape");
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe("/ru/");
});

test("a translation says it is one, and links to its English original", async ({ page }) => {
  await page.goto(`/fr/articles/${SLUG}/`);
  await expect(page.getByText("Traduit de l’anglais par Refuge North.").first()).toBeVisible();
  await page.getByRole("link", { name: "Lire l’original anglais" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SLUG}/$`));
});
