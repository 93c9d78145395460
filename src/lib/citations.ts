/**
 * Citations, found in an article's MDX syntax tree and numbered once. The check, the
 * compiler (which hands each `<Cite>` its number as props), the Sources list, the
 * sources index and JSON-LD all use this result.
 */

/** One `<Cite id="..." />` in the body, in document order. */
export interface CiteOccurrence {
  /** The cited source id; empty when the editor left it out. */
  sourceId: string;
  /** Optional page, section or short quote (`loc="p. 12"`). */
  locator?: string;
  /** 1-based line in the body. */
  line: number;
}

export interface CitationRef {
  /** HTML id of the superscript in the text, target of the backlink. */
  refId: string;
  locator?: string;
}

export interface CitedSource {
  sourceId: string;
  /** 1-based, in order of first citation. */
  number: number;
  /** HTML id of the entry in the Sources list. */
  entryId: string;
  refs: CitationRef[];
}

export interface Citations {
  sources: CitedSource[];
  /** Each occurrence's number and ref, in document order: what `<Cite>` renders. */
  inOrder: { sourceId: string; number: number; refId: string; entryId: string }[];
}

/** The component editors write after a claim. */
export const CITE = "Cite";

/** The parts of an MDX syntax tree (MDAST, as Sätteri parses it) that citations live in. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; offset?: number } };
}

const isCite = (node: MdxNode) =>
  (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") && node.name === CITE;

const attribute = (node: MdxNode, name: string) => {
  const value = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name)?.value;
  return typeof value === "string" ? value.trim() : "";
};

/**
 * Every `<Cite>` element of a parsed body, in document order. Text in code spans and
 * fences is code in the tree, not an element, so an example of the syntax is never
 * counted; the build's compiler numbers the very elements this returns
 * (src/lib/cite-numbering.ts).
 */
export function findCitations(tree: MdxNode): (CiteOccurrence & { offset: number })[] {
  const found: (CiteOccurrence & { offset: number })[] = [];
  const visit = (node: MdxNode) => {
    if (isCite(node)) {
      const locator = attribute(node, "loc");
      found.push({
        sourceId: attribute(node, "id"),
        line: node.position?.start.line ?? 0,
        offset: node.position?.start.offset ?? -1,
        ...(locator ? { locator } : {}),
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

export const entryIdFor = (sourceId: string) => `source-${sourceId}`;

/** Numbers sources by first citation; a source cited again gets another backlink, not a number. */
export function numberCitations(occurrences: readonly CiteOccurrence[]): Citations {
  const bySource = new Map<string, CitedSource>();
  const inOrder: Citations["inOrder"] = [];
  for (const occurrence of occurrences) {
    if (!occurrence.sourceId) continue;
    let cited = bySource.get(occurrence.sourceId);
    if (!cited) {
      cited = {
        sourceId: occurrence.sourceId,
        number: bySource.size + 1,
        entryId: entryIdFor(occurrence.sourceId),
        refs: [],
      };
      bySource.set(occurrence.sourceId, cited);
    }
    const refId = `cite-${cited.number}-${cited.refs.length + 1}`;
    cited.refs.push({ refId, ...(occurrence.locator ? { locator: occurrence.locator } : {}) });
    inOrder.push({ sourceId: cited.sourceId, number: cited.number, refId, entryId: cited.entryId });
  }
  return { sources: [...bySource.values()], inOrder };
}

/** "a", "b", ... "z", "aa": the backlink labels of a source cited several times. */
export function backlinkLabel(index: number): string {
  let label = "";
  let n = index;
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

/**
 * The access date most of a list's sources share, stated once above the list instead of
 * after every entry (on a 45-source article that repetition cost 0.5 KB gzip). Entries
 * accessed on another day keep their own date. Ties go to the latest day; an empty list
 * has none.
 */
export function commonAccessDate(dates: readonly Date[]): Date | undefined {
  const counts = new Map<number, number>();
  for (const date of dates) counts.set(date.getTime(), (counts.get(date.getTime()) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  }
  return best ? new Date(best[0]) : undefined;
}
