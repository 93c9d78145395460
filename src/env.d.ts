interface ImportMetaEnv {
  /** True on the dev server only (src/integrations/preview-mode.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
