import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { builtPages } from "./built-site.ts";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Headlines are editorial: a news headline plus " | Refuge North" may pass 70 characters.
    "long-title": "off",
    // HTML5 allows any id without spaces; heading ids come from headings such as "2017: the purge".
    "valid-id": ["error", { relaxed: true }],
  },
});

describe("every built page is valid HTML", async () => {
  const pages = await builtPages();
  it.each(pages.map((p) => [p.file, p] as const))("%s", async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
