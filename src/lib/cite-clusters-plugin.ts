/**
 * MDX step (a Sätteri mdast plugin): each run of adjacent `<Cite />` tags becomes one unit
 * that never leaves its word. The run is wrapped in `<span class="cites">` (kept on one
 * line by CSS) that starts with a word joiner, so no line can break between the word and
 * its first marker; the markers inside are put in numeric order (see cite-clusters.ts,
 * which the citation index shares). The span is left out of the search index and excerpts.
 */
import type { MdastPluginDefinition } from "satteri";
import { orderCluster } from "./cite-clusters.ts";

const WORD_JOINER = "\u2060";

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isCite = (node: Node | undefined) => node?.type === "mdxJsxTextElement" && node.name === "Cite";
const isSpace = (node: Node | undefined) => node?.type === "text" && /^[ \t]*\n?[ \t]*$/.test(node.value ?? "");
const idOf = (node: Node) => {
  const value = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
  return typeof value === "string" ? value.trim() : "";
};

/** A `<Cite />` as new content: its name and attributes (it has no children). */
const copy = (cite: Node): Node => ({
  type: cite.type,
  name: cite.name ?? null,
  attributes: (cite.attributes ?? []).map((a) => ({ ...a })),
  children: [],
});

/** The runs of citations among a parent's children: [first index, end index) each. */
export function citeRuns(children: readonly Node[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < children.length; i++) {
    if (!isCite(children[i])) continue;
    let end = i + 1;
    while (isCite(children[end]) || (isSpace(children[end]) && isCite(children[end + 1]))) end++;
    runs.push([i, end]);
    i = end - 1;
  }
  return runs;
}

export const citeClusters: MdastPluginDefinition = {
  name: "refuge-north:cite-clusters",
  before(root, ctx) {
    const numbered = new Map<string, number>();
    const walk = (parent: Node) => {
      const children = parent.children ?? [];
      const runs = citeRuns(children);
      let run = 0;
      for (let i = 0; i < children.length; i++) {
        const current = runs[run];
        if (current && i === current[0]) {
          const members = children.slice(current[0], current[1]);
          const cites = members.filter(isCite);
          const wrapper = {
            type: "mdxJsxTextElement",
            name: "span",
            attributes: [
              { type: "mdxJsxAttribute", name: "class", value: "cites" },
              { type: "mdxJsxAttribute", name: "data-pagefind-ignore", value: null },
            ],
            // Fresh copies: existing nodes cannot be moved into new content.
            children: [{ type: "text", value: WORD_JOINER }, ...orderCluster(cites, idOf, numbered).map(copy)],
          };
          ctx.replaceNode(members[0] as never, wrapper as never);
          for (const member of members.slice(1)) ctx.removeNode(member as never);
          i = current[1] - 1;
          run++;
        } else {
          walk(children[i]!);
        }
      }
    };
    walk(root as unknown as Node);
  },
};
