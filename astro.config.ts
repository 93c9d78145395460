import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { checkedContent, contentCheck } from "./src/integrations/content-check.ts";
import { permalinkGuard } from "./src/integrations/permalinks.ts";
import { previewMode } from "./src/integrations/preview-mode.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { shareImages } from "./src/integrations/share-images.ts";
import { staticHostFiles } from "./src/integrations/static-host-files.ts";
import { articleChunk } from "./src/lib/article-chunks.ts";
import { satteri } from "@astrojs/markdown-satteri";
import { citeClusters } from "./src/lib/remark-cite-clusters.ts";
import { CSP_DIRECTIVES } from "./src/lib/csp.ts";

// The public address; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? "https://refugenorth.example";

/** "/articles/<slug>/" of an article, or undefined for other pages. */
const articleSlugOf = (url: string) => /^\/articles\/([^/]+)\/$/.exec(new URL(url).pathname)?.[1];

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [
    contentCheck(),
    previewMode(),
    mdx({
      // Static parts of an article become HTML strings instead of JSX calls: smaller
      // modules for the bundler to hold and render (measured in npm run bench). Links stay
      // elements, because articles render them through the Link component (rel on
      // outbound links).
      optimize: { ignoreElementNames: ["a"] },
      // Astro's own Markdown processor, plus one step: citation markers stay with their
      // word, in numeric order.
      processor: satteri({ mdastPlugins: [citeClusters] }),
    }),
    sitemap({
      // Redirect pages of renamed articles are not pages of their own.
      filter: (page) => {
        const slug = articleSlugOf(page);
        return !slug || checkedContent().articles.has(slug);
      },
      serialize: (item) => {
        const slug = articleSlugOf(item.url);
        const article = slug ? checkedContent().articles.get(slug)?.data : undefined;
        if (article) item.lastmod = (article.updatedDate ?? article.pubDate).toISOString();
        return item;
      },
    }),
    shareImages(),
    searchIndex(),
    staticHostFiles(),
    permalinkGuard(),
  ],
  build: {
    // One response carries the page and its CSS: no render-blocking second request.
    inlineStylesheets: "always",
    // Pages in flight at once: while one waits on the disk, another renders.
    concurrency: 4,
    format: "directory",
  },
  security: {
    // A CSP <meta> on every page, with hashes of its inline styles and scripts:
    // no 'unsafe-inline', no 'unsafe-eval'.
    csp: { directives: [...CSP_DIRECTIVES] },
  },
  // JSX whitespace rules (the default, stated on purpose): components control their own
  // spacing with {" "}, and MDX keeps "word<sup>1</sup> word" as written (tested).
  compressHTML: "jsx",
  // No code blocks in articles; Shiki's inline styles would also need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts as files, never inline: the share and search enhancements load after the
      // page, so the first 14 KB carry only what reading needs (and each page's CSP lists
      // no script hashes).
      assetsInlineLimit: 0,
      rollupOptions: {
        // A few chunks of articles instead of one per article (src/lib/article-chunks.ts).
        output: { manualChunks: articleChunk },
        // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler
        // flags once per article: thousands of lines of noise that hide real warnings.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
});
