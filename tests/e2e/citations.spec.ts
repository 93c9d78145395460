import { expect, test, type Page } from "@playwright/test";

/** Every article, found from the archive like a reader would. */
async function articleUrls(page: Page): Promise<string[]> {
  await page.goto("/archive/");
  return page.locator(".card-title a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
}

/**
 * Markers that start on a line below the word they belong to: each marker's top is
 * compared with the last visible character before its cluster (measured in the browser).
 */
function markersAwayFromTheirWord(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector(".body")!;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement!.closest(".cites") && /[^\s\u2060]/.test(n.textContent!)) texts.push(n as Text);
    }
    const away: string[] = [];
    const markers = [...body.querySelectorAll<HTMLElement>("sup.cite")];
    for (const marker of markers) {
      const cluster = marker.closest(".cites") ?? marker;
      const word = texts.filter((t) => t.compareDocumentPosition(cluster) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
      if (!word) continue;
      const end = word.textContent!.replace(/[\s\u2060]+$/, "").length;
      const range = document.createRange();
      range.setStart(word, end - 1);
      range.setEnd(word, end);
      const char = range.getBoundingClientRect();
      const mark = marker.getBoundingClientRect();
      // A marker on the word's line sits above its baseline; one on the next line starts below it.
      if (mark.top > char.bottom - 2) away.push(`${word.textContent!.slice(-20)}|${marker.textContent}`);
    }
    return { count: markers.length, away };
  });
}

for (const width of [320, 360, 1280]) {
  test(`no citation marker breaks away from its word at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const urls = await articleUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      await page.goto(url);
      const { count, away } = await markersAwayFromTheirWord(page);
      expect(count, url).toBeGreaterThan(0);
      expect(away, `${url}: markers alone at the start of a line`).toEqual([]);
    }
  });
}

test("clusters are in numeric order, and each marker is a target of at least 24 by 24 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  for (const url of await articleUrls(page)) {
    await page.goto(url);
    const clusters = await page
      .locator(".body .cites")
      .evaluateAll((spans) =>
        spans.map((s) => [...s.querySelectorAll("sup.cite a")].map((a) => Number(a.textContent))),
      );
    for (const numbers of clusters) expect(numbers, url).toEqual([...numbers].sort((a, b) => a - b));
    const small = await page.locator(".body sup.cite a, .sources .backlinks a").evaluateAll((links) =>
      links
        .map((a) => a.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24)
        .map((r) => `${r.width}x${r.height}`),
    );
    expect(small, url).toEqual([]);
  }
});

test("markers are left out of the search index and excerpts", async ({ page }) => {
  await page.goto((await articleUrls(page))[0]!);
  const outside = await page
    .locator(".body sup.cite")
    .evaluateAll((sups) => sups.filter((s) => !s.closest("[data-pagefind-ignore]")).length);
  expect(outside).toBe(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a backlink lands with its sentence in view and a visible highlight (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto((await articleUrls(page))[0]!);
    const backlink = page.locator(".sources [role=doc-backlink]").nth(3);
    const target = (await backlink.getAttribute("href"))!;
    await backlink.click();
    const marker = page.locator(target);
    await expect(marker).toBeInViewport();
    // Well below the top edge: the sentence before the marker is on screen too.
    const top = await marker.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(740 * 0.2);
    const [background, pageBackground] = await marker.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(background).not.toBe(pageBackground);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
  });
}

test("keyboard: a skip link jumps past the citations to the sources", async ({ page }) => {
  await page.goto((await articleUrls(page))[0]!);
  const skip = page.getByRole("link", { name: "Skip to sources" });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#sources")).toBeInViewport();
  await page.keyboard.press("Tab");
  const inSources = await page.evaluate(() => document.querySelector("#sources")!.contains(document.activeElement));
  expect(inSources).toBe(true);
});

test("Russian source titles are marked as Russian", async ({ page }) => {
  const titles: string[] = [];
  for (const url of await articleUrls(page)) {
    await page.goto(url);
    for (const cite of await page.locator(".sources cite").all()) {
      const text = await cite.innerText();
      if (/[\u0400-\u04ff]/.test(text)) {
        titles.push(text);
        await expect(cite, text).toHaveAttribute("lang", "ru");
      }
    }
  }
  expect(titles.length).toBeGreaterThan(0);
});
