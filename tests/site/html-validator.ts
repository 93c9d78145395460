import { HtmlValidate } from "html-validate";

/** html-validate's recommended rules, and why two are relaxed. */
export const htmlValidator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Headlines are editorial: a news headline plus " | Refuge North" may pass 70 characters.
    "long-title": "off",
    // HTML5 allows any id without spaces; ids come from headings ("2017: the purge") and slugs.
    "valid-id": ["error", { relaxed: true }],
  },
});
