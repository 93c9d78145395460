import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { contentCheck } from "./src/integrations/content-check.ts";

// The public address; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? "https://refugenorth.example";

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [contentCheck(), mdx()],
  build: {
    // One response carries the page and its CSS: no render-blocking second request.
    inlineStylesheets: "always",
    format: "directory",
  },
  // JSX whitespace rules (the default, stated on purpose): components control their own
  // spacing with {" "}, and MDX keeps "word<sup>1</sup> word" as written (tested).
  compressHTML: "jsx",
  devToolbar: { enabled: false },
});
