import type { Page } from "@playwright/test";

/** One URL of every page type, found by browsing like a reader (so new content needs no test edits). */
export async function pageTypes(page: Page): Promise<Record<string, string>> {
  await page.goto("/");
  const article = await page.locator(".card h3 a").first().getAttribute("href");
  await page.goto("/topics/");
  const topic = await page.getByRole("main").getByRole("link").first().getAttribute("href");
  // Each edition's pages: its front page, a translated article, the directory, About.
  const editions: Record<string, string> = {};
  for (const lang of ["ru", "fr"]) {
    await page.goto(`/${lang}/`);
    editions[`${lang} home`] = `/${lang}/`;
    editions[`${lang} article`] = (await page.locator(".card h3 a").first().getAttribute("href"))!;
    editions[`${lang} resources`] = `/${lang}/resources/`;
    editions[`${lang} about`] = `/${lang}/about/`;
  }
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
    ...editions,
  };
}
