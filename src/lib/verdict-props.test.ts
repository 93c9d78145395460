import { describe, expect, it } from "vitest";
import { mdxToJs } from "satteri";
import { verdictProps } from "./verdict-props.ts";

const compile = (source: string, claims: unknown[]) => {
  // The front matter as Astro's MDX processor hands it to plugins (ctx.data.astro).
  const data = { astro: { frontmatter: { claims } } } as never;
  const result = mdxToJs(source, { mdastPlugins: [verdictProps], data });
  if (result instanceof Promise) throw new Error("the plugin is synchronous");
  return result.code;
};

describe("verdictProps", () => {
  it("hands each <Verdict> its claim's verdict from the front matter, in any order", () => {
    const code = compile('<Verdict claim="b" />\n\nText.\n\n<Verdict claim="a" />', [
      { id: "a", verdict: "false" },
      { id: "b", verdict: "correct" },
    ]);
    expect(code).toMatch(/claim: "b",\s*verdict: "correct"/);
    expect(code).toMatch(/claim: "a",\s*verdict: "false"/);
  });

  it("leaves a Verdict naming no claim without a verdict (the check reports it)", () => {
    expect(compile('<Verdict claim="x" />', [{ id: "a", verdict: "false" }])).not.toMatch(/verdict:/);
  });
});
