import { expect, test, type Page } from "@playwright/test";

/** The first article listed on the home page that has a Sources list. */
async function openAnArticle(page: Page) {
  await page.goto("/");
  const first = page.locator(".card h3 a").first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test("a citation leads to its source entry, and the backlink leads back", async ({ page }) => {
  await openAnArticle(page);
  const cite = page.locator('.body [role="doc-noteref"]').first();
  const name = await cite.getAttribute("aria-label");
  expect(name).toMatch(/^Source 1: \S.+$/);
  await cite.click();

  const entry = page.locator(".sources li:target");
  await expect(entry).toHaveCount(1);
  await expect(entry).toBeInViewport();
  expect(page.url()).toMatch(/#source-[a-z0-9-]+$/);
  await expect(page.locator(".sources ol > li").first()).toHaveAttribute("id", page.url().split("#")[1]!);
  await expect(entry.locator("a:has(cite)")).toHaveAttribute("rel", "noopener noreferrer");
  await expect(entry.locator("a:has(cite)")).toHaveAttribute("href", /^https:\/\//);

  await entry.locator('[role="doc-backlink"]').first().click();
  expect(page.url()).toMatch(/#cite-1-1$/);
  await expect(page.locator("#cite-1-1")).toBeInViewport();
});

test("a source cited several times gets one entry with a backlink to each place", async ({ page }) => {
  await openAnArticle(page);
  const numbers = await page.locator('.body [role="doc-noteref"]').allInnerTexts();
  const entries = await page.locator(".sources ol > li").count();
  expect(new Set(numbers).size).toBe(entries);
  const repeated = page.locator(".sources li:has(.backlinks a:nth-of-type(2))").first();
  await expect(repeated.locator('[role="doc-backlink"]').nth(1)).toHaveText("b");
  await repeated.locator('[role="doc-backlink"]').nth(1).click();
  const target = page.url().split("#")[1]!;
  await expect(page.locator(`#${target}`)).toBeInViewport();
  await expect(page.locator(`#${target}`)).toHaveAttribute("role", "doc-noteref");
});

test("a related story leads to another article", async ({ page }) => {
  await openAnArticle(page);
  const here = page.url();
  const related = page.getByRole("navigation", { name: "Related stories" });
  const cards = related.getByRole("article");
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(3);
  // Styled like every other card, with a plain reason and no internal mechanics.
  await expect(cards.first().locator(".card-title")).toBeVisible();
  await expect(cards.first()).toContainText(/More on|Draws on the same sources|Published around the same time/);
  await expect(related).not.toContainText(/Editors' pick|Also about|Cites \d/);
  const link = cards.first().locator(".card-title a");
  const title = await link.innerText();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(page.url()).not.toBe(here);
});

test("topics list the articles about them, as section fronts", async ({ page }) => {
  await page.goto("/topics/");
  const topic = page.getByRole("main").getByRole("heading", { level: 2 }).first();
  const name = await topic.innerText();
  await topic.getByRole("link").click();
  // The section's name alone, no "Topic:" prefix; its newest story leads.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator(".section-front .kind")).toHaveText("Topic");
  await expect(page.locator(".card-lead")).toHaveCount(1);
  await page.locator(".card-title a").first().click();
  await expect(page.locator("article .kind").first()).toBeVisible();
});

test("an unknown address gets a real 404 page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-story/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the latest stories" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an article reads in full, citations and all", async ({ page }) => {
    await openAnArticle(page);
    await expect(page.locator(".body p").first()).toBeVisible();
    expect(await page.locator(".body p").count()).toBeGreaterThan(5);
    await page.locator('.body [role="doc-noteref"]').first().click();
    await expect(page.locator(".sources li:target")).toBeInViewport();
    // The share buttons need JavaScript, so they stay hidden; the email link works.
    await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Email" })).toBeVisible();
  });
});

test("no request leaves the site's origin and no cookie is set", async ({ page, context, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  await page.goto("/");
  const articles = await page
    .locator(".card h3 a")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const url of [...articles, "/topics/", "/does-not-exist/"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
