import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import { contentCheck, contentSnapshot } from "./src/integrations/content-check.ts";
import { permalinkGuard } from "./src/integrations/permalinks.ts";
import { previewMode } from "./src/integrations/preview-mode.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { shareImages } from "./src/integrations/share-images.ts";
import { staticHostFiles } from "./src/integrations/static-host-files.ts";
import { articleChunk } from "./src/lib/article-chunks.ts";
import { citeNumbering } from "./src/lib/cite-numbering.ts";
import { verdictProps } from "./src/lib/verdict-props.ts";
import { citeClusters } from "./src/lib/cite-clusters-plugin.ts";
import { CSP_DIRECTIVES } from "./src/lib/csp.ts";
import { articleSlugOf } from "./src/lib/urls.ts";
import { DEFAULT_LANG, LANGS } from "./src/i18n/index.ts";
import { deploySettings, SETTINGS, SITE_URL_WARNING } from "./src/settings.ts";

const { siteUrl: site, siteUrlIsSet, cacheDir } = deploySettings();
// A production build with the placeholder address publishes wrong absolute links: say so.
if (!siteUrlIsSet && process.argv.includes("build")) console.warn(`\n[refuge-north] ${SITE_URL_WARNING}\n`);

const slugOfPage = (url: string) => articleSlugOf(new URL(url).pathname);

export default defineConfig({
  site,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: "always",
  // English at /, each edition under /<lang>/ (src/i18n/, src/lib/urls.ts pathsFor).
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  integrations: [
    contentCheck(),
    previewMode(),
    mdx({
      // Static parts of an article become HTML strings instead of JSX calls: smaller
      // modules for the bundler to hold and render (measured in npm run bench). Links stay
      // elements, because articles render them through the Link component (rel on
      // outbound links).
      optimize: { ignoreElementNames: ["a"] },
    }),
    sitemap({
      // Redirect pages of renamed articles are not pages of their own.
      filter: (page) => {
        const slug = slugOfPage(page);
        return !slug || contentSnapshot().bySlug.has(slug);
      },
      serialize: (item) => {
        const slug = slugOfPage(item.url);
        const article = slug ? contentSnapshot().bySlug.get(slug)?.data : undefined;
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
  markdown: {
    // No code blocks in articles; Shiki's inline styles would also need 'unsafe-inline'.
    syntaxHighlight: false,
    // Sätteri, Astro's own parser, with the features the editors' check parses with; the
    // plugins hand each <Cite> its number as props (src/lib/cite-numbering.ts), then keep
    // each cluster of them with its word, in numeric order (src/lib/cite-clusters-plugin.ts).
    processor: satteri({
      features: { ...SETTINGS.mdxFeatures },
      mdastPlugins: [citeNumbering, citeClusters, verdictProps],
    }),
  },
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
