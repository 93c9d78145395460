interface ImportMetaEnv {
  /** True on the dev server only (src/integrations/preview-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}

declare namespace App {
  interface Locals {
    /** Set by the article page: what each `<Cite>` renders, in document order. */
    citations?: {
      marks: (import("./lib/citations.ts").Citations["inOrder"][number] & { label: string })[];
      next: number;
    };
    /** Set by the article page: the fact check's claims, which each `<Verdict>` shows. */
    claims?: import("./schemas/claims.ts").ClaimData[];
  }
}
