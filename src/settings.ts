/**
 * Every setting of the site, in one typed place. Deployers set environment variables
 * (documented in README.md, "Deploy"); everything else is a decision of the newsroom,
 * changed here and nowhere else.
 */

/** The address readers reach the site at, without a trailing slash. */
export const PLACEHOLDER_SITE_URL = "https://refugenorth.example";

/** Environment variables a deployer sets, read once. */
export function deploySettings(env: Record<string, string | undefined> = process.env) {
  return {
    /** SITE_URL: absolute links in share images, canonical links, feeds and the sitemap. */
    siteUrl: env.SITE_URL?.trim() || PLACEHOLDER_SITE_URL,
    siteUrlIsSet: Boolean(env.SITE_URL?.trim()),
    /** CORRECTIONS_CONTACT: an e-mail address or https:// form for "Report an error"; unset, the About page. */
    correctionsContact: env.CORRECTIONS_CONTACT?.trim() || undefined,
    /**
     * ASTRO_CACHE_DIR: where Astro keeps its caches between builds (content store, images),
     * by default node_modules/.astro. A CI keeps this folder to rebuild faster; builds that
     * share node_modules at once (the fixture builds of npm test) each need their own.
     */
    cacheDir: env.ASTRO_CACHE_DIR?.trim() || undefined,
  };
}

/** What a production build prints when SITE_URL is missing: every absolute URL would be wrong. */
export const SITE_URL_WARNING =
  `SITE_URL is not set: share images, canonical links, the sitemap and the feeds will point at ${PLACEHOLDER_SITE_URL}. ` +
  "Fix: build with SITE_URL=https://your.domain npm run build (see README.md, Deploy).";

export const SETTINGS = {
  /**
   * Where "Leave this site" goes: a page that says nothing about what the reader was
   * looking at, on a site anyone might have open.
   */
  exitUrl: "https://www.google.com/",
  /** Dates in content are days in this zone, and are shown in it. */
  timeZone: "America/Toronto",
  /** Stories per page of the archive and topic lists. */
  listPageSize: 20,
  /** Sources per page of the sources index. */
  sourcesPageSize: 100,
  /** Related stories under each article. */
  relatedCount: 3,
  /** Newest articles in each feed. */
  feedSize: 50,
  /** Chunks the article modules are bundled into (src/lib/article-chunks.ts says why). */
  articleChunks: 16,
  /**
   * Markdown features of the MDX parser. The build's compiler (astro.config.ts) and the
   * editors' check parse with the same ones, so both see the same citations.
   */
  mdxFeatures: { gfm: true, smartPunctuation: true },
} as const;
