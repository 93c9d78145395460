/**
 * A Sätteri MDAST plugin for the build's MDX compiler: it gives every `<Cite>` its
 * number and anchors as props (`number`, `refId`, `entryId`), computed by the same
 * findCitations/numberCitations the editors' check runs on the same parser's tree.
 * `<Cite>` then only renders its props, so a body renders the same anywhere (page,
 * feed, a test) and in any order.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from "satteri";
import { CITE, findCitations, numberCitations, type MdxNode } from "./citations.ts";

type Mark = ReturnType<typeof numberCitations>["inOrder"][number];

const withMarkProps = (node: MdxNode, mark: Mark) => ({
  ...node,
  attributes: [
    ...(node.attributes ?? []).filter((a) => !["number", "refId", "entryId"].includes(a.name ?? "")),
    { type: "mdxJsxAttribute", name: "number", value: String(mark.number) },
    { type: "mdxJsxAttribute", name: "refId", value: mark.refId },
    { type: "mdxJsxAttribute", name: "entryId", value: mark.entryId },
  ],
});

/** A fresh plugin per compiled document (Sätteri calls the factory once per compile). */
export function citeNumbering(context: PluginFactoryContext): MdastPluginDefinition | undefined {
  if (context.sourceFormat !== "mdx") return undefined;
  const marks = new Map<number, Mark>();
  const stamp = (node: Readonly<MdxNode>) => {
    if (node.name !== CITE) return undefined;
    const mark = marks.get(node.position?.start.offset ?? -1);
    // A <Cite> with no id has no mark: the content check has already failed the build on it.
    return mark ? (withMarkProps(node, mark) as never) : undefined;
  };
  return {
    name: "refuge-north:cite-numbering",
    options: { position: true },
    before(root) {
      const occurrences = findCitations(root as unknown as MdxNode);
      const { inOrder } = numberCitations(occurrences);
      const numbered = occurrences.filter((o) => o.sourceId);
      numbered.forEach((occurrence, i) => marks.set(occurrence.offset, inOrder[i]!));
    },
    mdxJsxTextElement: (node) => stamp(node as unknown as MdxNode),
    mdxJsxFlowElement: (node) => stamp(node as unknown as MdxNode),
  };
}
