/**
 * A Sätteri MDAST plugin for the build's MDX compiler: each `<Verdict claim="id" />` in
 * a fact check's text receives that claim's verdict from the article's own front matter
 * (`claims:`) as a prop, so the badge renders from data, in any order and anywhere the
 * body is rendered (page or feed). The content check has already failed the build on a
 * Verdict naming no claim.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from "satteri";
import type { MdxNode } from "./citations.ts";

export const VERDICT = "Verdict";

export function verdictProps(context: PluginFactoryContext): MdastPluginDefinition | undefined {
  const frontmatter = (context.data as { astro?: { frontmatter?: { claims?: unknown } } }).astro?.frontmatter;
  const claims = Array.isArray(frontmatter?.claims)
    ? (frontmatter.claims as { id?: unknown; verdict?: unknown }[])
    : [];
  if (context.sourceFormat !== "mdx" || !claims.length) return undefined;
  const verdictOf = new Map(claims.map((c) => [String(c.id), String(c.verdict)]));
  const stamp = (node: Readonly<MdxNode>) => {
    if (node.name !== VERDICT) return undefined;
    const id = node.attributes?.find((a) => a.name === "claim")?.value;
    const verdict = typeof id === "string" ? verdictOf.get(id) : undefined;
    if (!verdict) return undefined;
    const attributes = (node.attributes ?? []).filter((a) => a.name !== "verdict");
    return {
      ...node,
      attributes: [...attributes, { type: "mdxJsxAttribute", name: "verdict", value: verdict }],
    } as never;
  };
  return {
    name: "refuge-north:verdict-props",
    mdxJsxTextElement: (node) => stamp(node as unknown as MdxNode),
    mdxJsxFlowElement: (node) => stamp(node as unknown as MdxNode),
  };
}
