import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const FACT_CHECK = "/articles/fact-check-secret-heroes-for-gays-in-chechnya/";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCALE = ["Correct", "Correct, with caveats", "Partly correct, misleading", "Misleading", "False", "Unverified"];

test("the fact check shows each verdict as a badge from the one scale, at a glance and in its section", async ({
  page,
}) => {
  await page.goto(FACT_CHECK);
  const glance = page.getByRole("region", { name: "The verdicts at a glance" });
  const items = glance.getByRole("listitem");
  expect(await items.count()).toBeGreaterThanOrEqual(10);
  for (const badge of await glance.locator(".verdict-badge").allInnerTexts()) expect(SCALE).toContain(badge);
  // The review's fix: "35 individuals" is partly correct and misleading.
  const thirtyFive = items.filter({ hasText: "35 individuals" });
  await expect(thirtyFive.locator(".verdict-badge")).toHaveText("Partly correct, misleading");
  // Each claim leads to its section, where the same verdict stands.
  await thirtyFive.getByRole("link").first().click();
  const target = page.locator(".body .verdict:target");
  await expect(target).toBeInViewport();
  await expect(target.locator(".verdict-badge")).toHaveText("Partly correct, misleading");
  expect(await page.locator(".body .verdict").count()).toBe(await items.count());
});

test("the fact check publishes one ClaimReview per claim, rated on the same scale", async ({ page }) => {
  await page.goto(FACT_CHECK);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const reviews = blocks
    .flatMap((b) => JSON.parse(b)["@graph"] ?? [JSON.parse(b)])
    .filter((d) => d["@type"] === "ClaimReview");
  expect(reviews.length).toBe(await page.locator(".claims li").count());
  for (const review of reviews) {
    expect(SCALE).toContain(review.reviewRating.alternateName);
    expect(review.itemReviewed.appearance.url).toMatch(/^https:\/\//);
    expect(review.url).toContain(`${FACT_CHECK}#claim-`);
  }
  expect(reviews.find((r) => /35 individuals/.test(r.claimReviewed)).reviewRating).toMatchObject({
    ratingValue: 3,
    alternateName: "Partly correct, misleading",
  });
});

test("the fact check's rating fixes are published as a dated correction, listed on /corrections/ with a feed", async ({
  page,
  request,
}) => {
  await page.goto("/corrections/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections");
  const entry = page.getByRole("listitem").filter({ hasText: "Partly correct, misleading" });
  await expect(entry).toContainText("December 1, 2026");
  await entry.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${FACT_CHECK}#correction-2026-12-01$`));
  await expect(page.locator("#correction-2026-12-01")).toBeInViewport();

  const feed = await request.get("/corrections/rss.xml");
  expect(feed.ok()).toBe(true);
  const xml = await feed.text();
  expect(xml).toContain("<title>Correction: Fact check:");
  expect(xml).toContain(`${FACT_CHECK}#correction-2026-12-01</link>`);
});

test("every article has Report an error, leading to how to send a correction", async ({ page }) => {
  await page.goto("/archive/");
  const articles = [
    ...new Set(
      await page
        .locator('main a[href^="/articles/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")!)),
    ),
  ];
  expect(articles.length).toBeGreaterThan(0);
  for (const url of articles) {
    await page.goto(url);
    await expect(page.getByRole("link", { name: "Report an error" })).toHaveAttribute("href", "/about/#corrections");
  }
  await page.getByRole("link", { name: "Report an error" }).click();
  await expect(page.locator("#corrections")).toBeInViewport();
  await expect(page.locator("#corrections-contact")).toBeVisible();
});

test("the resources page tells a reader in danger what each organization does and how to reach it, before the sources", async ({
  page,
}) => {
  await page.goto("/resources/");
  await expect(page.getByRole("region", { name: "If you are at risk" })).toContainText("access logs");
  await expect(page.locator("main")).not.toContainText(/keeps no record/);
  const entry = page.locator("#russian-lgbt-network");
  await expect(entry).toContainText("We could not confirm whether or how it still works in Russia");
  const text = await entry.innerText();
  for (const label of ["What it does", "Who it helps", "How to reach it", "Current status", "Last checked"]) {
    expect(text.indexOf(label), label).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(label), label).toBeLessThan(text.indexOf("Sources for this entry"));
  }
  await expect(page.locator("#nc-sos")).toContainText("foreign agent");
  // No phone numbers or e-mail addresses, only links to the organizations' own pages.
  expect(await page.locator('main a[href^="mailto:"], main a[href^="tel:"]').count()).toBe(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [320, 1280]) {
    test(`no axe violations on the fact check with its correction, /corrections/ and /resources/, ${colorScheme}, ${width}px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      for (const url of [FACT_CHECK, "/corrections/", "/resources/", "/timeline/", "/about/"]) {
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${url}: ${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
      }
    });
  }
}
