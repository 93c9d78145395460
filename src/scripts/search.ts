/**
 * Site search in the browser, loaded only on the search page. The Pagefind engine
 * and index come from this site (/pagefind/) and load on the first search only.
 */
interface PagefindResult {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string; kind?: string; date?: string };
    sub_results?: { url: string; title: string; excerpt: string }[];
  }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;
let engine: Promise<Pagefind> | undefined;

function loadEngine(): Promise<Pagefind> {
  // A runtime URL, not a module for the bundler: the index is written after the build.
  const url = "/pagefind/pagefind.js";
  return (engine ??= import(/* @vite-ignore */ url) as Promise<Pagefind>);
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

export function runSearch(): void {
  const form = document.querySelector<HTMLFormElement>("#search-form");
  const input = document.querySelector<HTMLInputElement>("#search-input");
  const status = document.querySelector<HTMLElement>("#search-status");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const noJs = document.querySelector<HTMLElement>("#search-no-js");
  if (!form || !input || !status || !list || !noJs) return;
  form.hidden = false;
  noJs.hidden = true;
  const text = form.dataset;

  async function search(query: string) {
    status!.textContent = text["loading"] ?? "";
    list!.replaceChildren();
    try {
      const pagefind = await loadEngine();
      const { results } = await pagefind.search(query);
      const found = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      status!.textContent = fill(found.length ? (text["results"] ?? "") : (text["none"] ?? ""), {
        query,
        count: String(results.length),
      });
      for (const page of found) {
        // On a directory page (timeline, resources, sources) the match is one entry: link to it.
        const entry = page.meta.date ? undefined : page.sub_results?.find((sub) => sub.url.includes("#"));
        const result = entry
          ? { ...page, url: entry.url, excerpt: entry.excerpt, meta: { ...page.meta, title: entry.title } }
          : page;
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = [result.meta.kind, result.meta.date].filter(Boolean).join(text["separator"] ?? " ");
        const excerpt = document.createElement("p");
        // Pagefind's excerpt is our own page text, escaped, with <mark> around matches; it
        // is cut from the middle of the text, so it says so at both ends.
        excerpt.innerHTML = `${text["ellipsis"] ?? ""}${result.excerpt}${text["ellipsis"] ?? ""}`;
        item.append(link, meta, excerpt);
        list!.append(item);
      }
    } catch {
      status!.textContent = text["failed"] ?? "";
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
    void search(query);
  });
  const initial = new URLSearchParams(location.search).get("q")?.trim();
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
