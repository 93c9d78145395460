interface ImportMetaEnv {
  /** True on the dev server only (src/integrations/preview-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}

declare namespace App {
  /** Set for every page by src/middleware.ts from the page's language. */
  interface Locals {
    lang: import("./i18n/index.ts").Lang;
    t: import("./i18n/types.ts").Dictionary;
    paths: import("./lib/urls.ts").Paths;
  }
}
