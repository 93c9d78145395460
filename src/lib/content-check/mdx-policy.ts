import GithubSlugger from "github-slugger";
import { CITE, findCitations, type CiteOccurrence, type MdxNode } from "../citations.ts";
import { parseMdxBody } from "../mdx-tree.ts";
import type { Problem } from "./problem.ts";

/**
 * What an article body may contain: Markdown, plus the components in ALLOWED.
 * Raw HTML, scripts, imports and `{expressions}` are rejected rather than
 * sanitised: they would run at build time or reach readers unescaped, and an
 * editor never needs them (a developer adds a component instead).
 */
const ALLOWED: Record<string, readonly string[]> = { [CITE]: ["id", "loc"], Verdict: ["claim"] };

interface Node extends MdxNode {
  value?: string;
  url?: string;
  identifier?: string;
  depth?: number;
  children?: Node[];
}

/** A link in a body to a page of this site ("/topics/x/", "#section"), checked once all content is read. */
export interface InternalLink {
  url: string;
  line: number | undefined;
}

/** What the check learns from one body: its problems, and what cross-reference checks need. */
export interface BodyFacts {
  problems: Problem[];
  /** Line numbers are lines of the file. */
  citations: CiteOccurrence[];
  internalLinks: InternalLink[];
  /** The ids Astro gives the body's headings (the same slugger), targets of "#fragment" links. */
  headingIds: string[];
}

const textOf = (node: Node): string =>
  node.type === "text" || node.type === "inlineCode" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");

/** A URL a browser fetches by itself when the page loads: another site learns of the reader. */
const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url);

export function checkMdxBody(file: string, body: string, bodyLine: number): BodyFacts {
  const facts: BodyFacts = { problems: [], citations: [], internalLinks: [], headingIds: [] };
  const lineOf = (line: number | undefined) => (line ? line + bodyLine - 1 : undefined);
  const at = (node: Node) => lineOf(node.position?.start.line);
  const report = (node: Node | undefined, message: string) =>
    facts.problems.push({ file, line: node ? at(node) : bodyLine, field: "body", message });
  if (!body.trim()) {
    report(undefined, "the article has no text. Fix: write the article below the closing ---");
    return facts;
  }
  let tree: Node;
  try {
    tree = parseMdxBody(body) as Node;
  } catch (error) {
    const text = (error as Error).message;
    const where = /^(\d+):(\d+)/.exec(text);
    const detail = text.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, "").replace(/\s*\([\w:-]+\)\s*$/, "");
    facts.problems.push({
      file,
      line: where ? Number(where[1]) + bodyLine - 1 : bodyLine,
      field: "body",
      message: `invalid MDX: ${detail}. Fix: close every <Cite ... /> with "/>", and write a literal { or < as \\{ or \\<`,
    });
    return facts;
  }
  const definitions = new Map<string, string>();
  const collectDefinitions = (node: Node) => {
    if (node.type === "definition" && node.identifier) definitions.set(node.identifier.toLowerCase(), node.url ?? "");
    node.children?.forEach(collectDefinitions);
  };
  collectDefinitions(tree);
  const slugger = new GithubSlugger();

  const visit = (node: Node) => {
    if (node.type === "heading") facts.headingIds.push(slugger.slug(textOf(node)));
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url !== undefined) {
      const url = node.url.trim();
      if (!/^(?:https:\/\/|\/(?!\/)|#|mailto:)/i.test(url)) {
        report(
          node,
          `link "${url}" is not allowed: only https://, /site-paths, #anchors and mailto: are. Fix: use the https:// address`,
        );
      } else if (node.type === "image" && isRemote(url)) {
        report(
          node,
          `the image ${url} would be loaded from another site, which then learns who reads this page. Fix: download the file into public/images/ and write ![description](/images/name.jpg), or link to it with [description](${url})`,
        );
      } else if (node.type !== "image" && (url.startsWith("/") || url.startsWith("#"))) {
        facts.internalLinks.push({ url, line: at(node) });
      }
    } else if (node.type === "imageReference") {
      const url = definitions.get((node.identifier ?? "").toLowerCase()) ?? "";
      if (isRemote(url)) {
        report(
          node,
          `the image ${url} would be loaded from another site, which then learns who reads this page. Fix: download the file into public/images/ and refer to /images/name.jpg, or make it a link instead of an image`,
        );
      }
    } else if (node.type === "mdxjsEsm") {
      report(
        node,
        "import and export lines are not allowed in articles. Fix: remove the line; <Cite /> needs no import",
      );
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      report(node, `"{${node.value ?? ""}}" is code, not text. Fix: remove the braces, or write them as \\{ and \\}`);
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const name = node.name ?? "";
      const allowedAttributes = ALLOWED[name];
      if (!allowedAttributes) {
        report(
          node,
          `<${name || ">"}> is raw HTML or an unknown component, which articles may not contain. Fix: use Markdown (e.g. **bold**, [link](https://...)), or <Cite id="..." /> for a source`,
        );
      } else {
        for (const attribute of node.attributes ?? []) {
          if (
            attribute.type !== "mdxJsxAttribute" ||
            !allowedAttributes.includes(attribute.name ?? "") ||
            typeof attribute.value !== "string"
          ) {
            report(
              node,
              `<${name}> takes only ${allowedAttributes.map((a) => `${a}="..."`).join(" and ")} as plain quoted text. Fix: e.g. <${name} id="globe-2017-09-01" loc="p. 2" />`,
            );
          }
        }
        if (node.children?.length) {
          report(node, `<${name}> must be self-closing. Fix: write <${name} id="..." /> with nothing inside`);
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  facts.citations = findCitations(tree).map(({ offset: _offset, ...c }) => ({ ...c, line: lineOf(c.line) ?? 0 }));
  return facts;
}
