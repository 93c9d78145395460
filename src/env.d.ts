interface ImportMetaEnv {
  /** True on the dev server only (src/integrations/preview-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}

declare namespace App {
  interface Locals {
    /** Set by the article page: the fact check's claims, which each `<Verdict>` shows (looked up by id, in any order). */
    claims?: import("./schemas/claims.ts").ClaimData[];
  }
}
