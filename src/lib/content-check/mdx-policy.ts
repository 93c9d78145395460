import { mdxToMdast } from "satteri";
import type { Problem } from "./problem.ts";

/**
 * What an article body may contain: Markdown, plus the components in ALLOWED.
 * Raw HTML, scripts, imports and `{expressions}` are rejected rather than
 * sanitised: they would run at build time or reach readers unescaped, and an
 * editor never needs them (a developer adds a component instead).
 */
const ALLOWED: Record<string, readonly string[]> = { Cite: ["id", "loc"], Verdict: ["claim"] };

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

export function checkMdxBody(file: string, body: string, bodyLine: number): Problem[] {
  const at = (node: Node) => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
  if (!body.trim()) {
    return [
      {
        file,
        line: bodyLine,
        field: "body",
        message: "the article has no text. Fix: write the article below the closing ---",
      },
    ];
  }
  let tree: Node;
  try {
    tree = mdxToMdast(body) as Node;
  } catch (error) {
    const text = (error as Error).message;
    const where = /^(\d+):(\d+)/.exec(text);
    const detail = text.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, "").replace(/\s*\([\w:-]+\)\s*$/, "");
    return [
      {
        file,
        line: where ? Number(where[1]) + bodyLine - 1 : bodyLine,
        field: "body",
        message: `invalid MDX: ${detail}. Fix: close every <Cite ... /> with "/>", and write a literal { or < as \\{ or \\<`,
      },
    ];
  }
  const problems: Problem[] = [];
  const visit = (node: Node) => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url !== undefined) {
      const url = node.url.trim();
      if (!/^(?:https:\/\/|\/(?!\/)|#|mailto:)/i.test(url)) {
        problems.push({
          file,
          line: at(node),
          field: "body",
          message: `link "${url}" is not allowed: only https://, /site-paths, #anchors and mailto: are. Fix: use the https:// address`,
        });
      }
    } else if (node.type === "mdxjsEsm") {
      problems.push({
        file,
        line: at(node),
        field: "body",
        message: "import and export lines are not allowed in articles. Fix: remove the line; <Cite /> needs no import",
      });
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      problems.push({
        file,
        line: at(node),
        field: "body",
        message: `"{${node.value ?? ""}}" is code, not text. Fix: remove the braces, or write them as \\{ and \\}`,
      });
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name ?? "";
      const allowedAttributes = ALLOWED[name];
      if (!allowedAttributes) {
        problems.push({
          file,
          line: at(node),
          field: "body",
          message: `<${name || ">"}> is raw HTML or an unknown component, which articles may not contain. Fix: use Markdown (e.g. **bold**, [link](https://...)), or <Cite id="..." /> for a source`,
        });
      } else {
        for (const attribute of node.attributes ?? []) {
          if (
            attribute.type !== "mdxJsxAttribute" ||
            !allowedAttributes.includes(attribute.name ?? "") ||
            typeof attribute.value !== "string"
          ) {
            problems.push({
              file,
              line: at(node),
              field: "body",
              message: `<${name}> takes only ${allowedAttributes.map((a) => `${a}="..."`).join(" and ")} as plain quoted text. Fix: e.g. <${name} id="globe-2017-09-01" loc="p. 2" />`,
            });
          }
        }
        if (node.children?.length) {
          problems.push({
            file,
            line: at(node),
            field: "body",
            message: `<${name}> must be self-closing. Fix: write <${name} id="..." /> with nothing inside`,
          });
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
