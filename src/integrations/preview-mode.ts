import type { AstroIntegration } from "astro";

/**
 * Drafts and future stories show only on the dev server (`npm start`). This is decided
 * by the Astro command, not by NODE_ENV or Vite's DEV flag, which an environment can
 * set to anything: `astro build` never publishes a draft.
 */
export function previewMode(): AstroIntegration {
  return {
    name: "refuge-north:preview-mode",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { "import.meta.env.SHOW_UNPUBLISHED": JSON.stringify(command === "dev") } } });
      },
    },
  };
}
