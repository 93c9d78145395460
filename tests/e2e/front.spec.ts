import { expect, test } from "@playwright/test";

test("the front page has a hierarchy: a lead, more stories, fact checks, the timeline and help", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const main = page.getByRole("main");
  const lead = main.locator(".card-lead .card-title");
  await expect(lead).toHaveCount(1);
  const other = main.locator(".front-more .card-title").first();
  const size = (l: typeof lead) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size(lead)).toBeGreaterThan((await size(other)) * 1.3);
  await expect(main.getByRole("heading", { name: "Latest fact checks" })).toBeVisible();
  await expect(main.getByRole("link", { name: "Read the timeline" })).toHaveAttribute("href", "/timeline/");
  const help = main.getByRole("complementary", { name: "Need help now?" });
  await expect(help).toBeInViewport();
  await expect(help.getByRole("link", { name: "Organisations that can help" })).toHaveAttribute("href", "/resources/");
  // The explainer link appears only while that article is published; when it is, it works.
  for (const link of await help.getByRole("link").all()) {
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
  }
});

test("cards: kicker not repeated in the headline, topic and date shown, underline on hover only", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator(".card");
  expect(await cards.count()).toBeGreaterThan(2);
  for (const card of await cards.all()) {
    const kicker = (await card.locator(".kind").innerText()).trim().toLowerCase();
    const headline = (await card.locator(".card-title").innerText()).trim().toLowerCase();
    expect(headline.startsWith(`${kicker}:`), headline).toBe(false);
    await expect(card.locator(".meta .card-topic")).toBeVisible();
    await expect(card.locator(".meta time")).toBeVisible();
  }
  const title = cards.first().locator(".card-title a");
  const underline = () => title.evaluate((a) => getComputedStyle(a).textDecorationLine);
  expect(await underline()).toBe("none");
  await title.hover();
  expect(await underline()).toContain("underline");
});

test("the masthead: logo, name, tagline, and navigation in at most two rows at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/");
  const header = page.locator(".site-header");
  await expect(header.locator(".brand img")).toBeVisible();
  await expect(header.locator(".site-tagline")).toBeVisible();
  const tops = await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link")
    .evaluateAll((links) => [...new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))]);
  expect(tops.length).toBeLessThanOrEqual(2);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search box sends the query to the search page", async ({ page }) => {
    await page.goto("/about/");
    const search = page.getByRole("banner").getByRole("search");
    await search.getByRole("searchbox").fill("Lapunov");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Lapunov$/);
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
  });

  test("the archive filters by kind with plain links, under month headings", async ({ page }) => {
    await page.goto("/archive/");
    await expect(page.locator(".month h2").first()).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
    const filters = page.getByRole("navigation", { name: "Show" });
    await expect(filters.getByRole("link", { name: "All stories" })).toHaveAttribute("aria-current", "page");
    await filters.getByRole("link", { name: "Fact checks" }).click();
    await expect(page).toHaveURL(/\/archive\/kind\/fact-check\/$/);
    await expect(filters.getByRole("link", { name: "Fact checks" })).toHaveAttribute("aria-current", "page");
    const kinds = await page.locator(".card .kind").allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind.trim().toLowerCase()).toBe("fact check");
  });
});

test("with JavaScript, the header search shows results with their kind and date", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("searchbox").fill("Lapunov");
  await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
  const first = page.locator("#search-results li").first();
  await expect(first).toBeVisible();
  await expect(first.locator(".meta")).toHaveText(/\S+.* · [A-Z][a-z]+ \d{1,2}, \d{4}/);
  // Citation numbers stay out of the excerpts.
  const excerpts = await page.locator("#search-results li p:not(.meta)").allInnerTexts();
  for (const text of excerpts) expect(text).not.toMatch(/\.\s?\d+(\s\d+)*\.?\s[A-Z]/);
});

test("search finds the directory and timeline too", async ({ page }) => {
  await page.goto("/search/?q=Rainbow%20Refugee");
  await expect(page.locator("#search-results li").first()).toBeVisible();
  const urls = await page.locator("#search-results li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(urls.some((u) => u?.startsWith("/resources/"))).toBe(true);
});

test("the sources index: by publisher, stories and timeline events labelled, sources pagination", async ({ page }) => {
  await page.goto("/sources/");
  expect(await page.locator("main h2.section-label").count()).toBeGreaterThan(5);
  const labels = (await page.locator(".cited-as").allTextContents()).map((l) => l.trim());
  expect(new Set(labels)).toEqual(new Set(["Story", "Timeline", "Directory"]));
  const pages = page.getByRole("navigation", { name: "Sources pages" });
  if (await pages.count()) await expect(pages).not.toContainText(/stories/i);
});
