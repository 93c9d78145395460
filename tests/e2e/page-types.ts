import type { Page } from "@playwright/test";

/** One URL of every page type, found by browsing like a reader (so new content needs no test edits). */
export async function pageTypes(page: Page): Promise<Record<string, string>> {
  await page.goto("/");
  const article = await page.locator(".card h3 a").first().getAttribute("href");
  await page.goto("/topics/");
  const topic = await page.getByRole("main").getByRole("link").first().getAttribute("href");
  return {
    home: "/",
    article: article!,
    topics: "/topics/",
    topic: topic!,
    archive: "/archive/",
    search: "/search/",
    about: "/about/",
    sources: "/sources/",
    timeline: "/timeline/",
    resources: "/resources/",
    corrections: "/corrections/",
    "not found": "/no-such-page/",
  };
}
