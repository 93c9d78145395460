import { describe, expect, it } from "vitest";
import { builtPages } from "./built-site.ts";
import { htmlValidator as validator } from "./html-validator.ts";

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
