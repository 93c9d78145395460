import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The build's 301 list for static hosts; the preview server does not serve it. */
const redirects = readFileSync(new URL("../../dist/_redirects", import.meta.url), "utf8")
  .trim()
  .split("\n");

async function firstArticle(page: Page) {
  await page.goto("/");
  const link = page.locator(".card h3 a").first();
  const title = await link.innerText();
  await link.click();
  return title;
}

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

test("an article carries share tags with absolute URLs and a 1200x630 PNG image", async ({ page, request }) => {
  const title = await firstArticle(page);
  expect(await meta(page, "og:type")).toBe("article");
  expect(await meta(page, "og:title")).toBe(title);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  for (const key of ["og:url", "og:image"]) expect(await meta(page, key)).toMatch(/^https?:\/\//);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(await meta(page, "og:url"));
  expect(await meta(page, "article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(await meta(page, "og:image:alt")).toBeTruthy();

  const image = new URL((await meta(page, "og:image"))!);
  const response = await request.get(image.pathname);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = ld.map((text) => JSON.parse(text)).find((data) => /Article$/.test(data["@type"]));
  expect(article).toMatchObject({ headline: title });
  expect(article.citation.length).toBeGreaterThan(0);
});

test("an article's old address (alias) reaches the article", async ({ page }) => {
  test.skip(!redirects.length, "no article of this site has been renamed (the fixture builds test aliases)");
  const [from, to] = redirects[0]!.split(" ");
  await page.goto(from!);
  await expect(page).toHaveURL(new RegExp(`${to}$`));
  await expect(page.locator("article h1")).toBeVisible();
});

test("the RSS and JSON feeds parse and list the latest article", async ({ page, request }) => {
  await page.goto("/");
  const latest = await page.locator(".card h3 a").first().innerText();
  const json = await (await request.get("/feed.json")).json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items[0].title).toBe(latest);

  const rss = await (await request.get("/rss.xml")).text();
  const { titles, self } = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) throw new Error("RSS is not well-formed XML");
    const link = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")[0];
    return {
      titles: [...doc.querySelectorAll("item > title")].map((t) => t.textContent),
      self: link?.getAttribute("rel") === "self" ? link.getAttribute("href") : null,
    };
  }, rss);
  expect(titles[0]).toBe(latest);
  // Feed validators ask a feed to name its own address.
  expect(new URL(self!).pathname).toBe("/rss.xml");
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBeGreaterThan(0);
});

test("the sitemap lists every article and nothing that is not a page", async ({ page, request }) => {
  const index = await (await request.get("/sitemap-index.xml")).text();
  const sitemapUrl = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!);
  const sitemap = await (await request.get(sitemapUrl.pathname)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  await page.goto("/archive/");
  const articles = await page
    .locator(".card a")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const path of articles) expect(locs).toContain(path);
  for (const line of redirects) expect(locs).not.toContain(line.split(" ")[0]);
  expect(locs.some((p) => p.includes("404"))).toBe(false);
  expect(await (await request.get("/robots.txt")).text()).toContain("sitemap-index.xml");
});

test("search finds a word from an article", async ({ page }) => {
  await page.goto("/search/");
  const main = page.getByRole("main");
  await main.getByLabel("Search the site").fill("Lapunov");
  await main.getByRole("button", { name: "Search" }).click();
  const result = page.locator("#search-results li a").first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.locator(".body")).toContainText("Lapunov");
});

test("copy link copies the article's address and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await firstArticle(page);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  const email = await page.getByRole("link", { name: "Email" }).getAttribute("href");
  expect(email).toContain(encodeURIComponent(canonical!));
});
