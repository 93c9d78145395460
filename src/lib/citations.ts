/**
 * Citations, computed once per article from its MDX source. Numbering, validation,
 * the Sources list and later features (sources index, JSON-LD) all use this result.
 */
import { orderCluster } from "./cite-clusters.ts";

/** One `<Cite id="..." />` in the body, in the order shown (document order, clusters sorted). */
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

const CITE_TAG = /<Cite\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\})/g;
const FENCE = /^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[ \t]*$/gm;

/** Blanks code blocks (keeping line breaks) so examples in them are not counted. */
function withoutCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  return body.replace(FENCE, blank).replace(/`[^`\n]*`/g, blank);
}

export function findCitations(body: string): CiteOccurrence[] {
  const source = withoutCode(body);
  const clusters: CiteOccurrence[][] = [];
  let clusterEnd = -1;
  for (const match of source.matchAll(CITE_TAG)) {
    const attributes = new Map<string, string>();
    for (const a of (match[1] ?? "").matchAll(ATTRIBUTE)) {
      attributes.set(a[1] ?? "", a[2] ?? a[3] ?? a[4] ?? a[5] ?? a[6] ?? "");
    }
    const line = source.slice(0, match.index).split("\n").length;
    const locator = attributes.get("loc")?.trim();
    const occurrence = { sourceId: (attributes.get("id") ?? "").trim(), line, ...(locator ? { locator } : {}) };
    // Tags with only spaces or one line break between them form a cluster, shown in numeric order.
    const between = clusterEnd < 0 ? "x" : source.slice(clusterEnd, match.index);
    if (/^[ \t]*\n?[ \t]*$/.test(between)) clusters[clusters.length - 1]!.push(occurrence);
    else clusters.push([occurrence]);
    clusterEnd = match.index + match[0].length;
  }
  const numbered = new Map<string, number>();
  return clusters.flatMap((cluster) => orderCluster(cluster, (c) => c.sourceId, numbered));
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
