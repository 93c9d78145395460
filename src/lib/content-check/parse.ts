import { LineCounter, parseDocument, isMap, isSeq, type Node } from "yaml";
import type { Problem } from "./problem.ts";

/** A content file's data and body, with a way to find the line of any field. */
export interface ParsedFile {
  data: unknown;
  /** MDX body (after the front matter); "" for data files. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of a field such as ["related", 1], or of its nearest parent found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] };

/** Strict UTF-8: a file saved in another encoding would otherwise publish garbled text. */
function decode(file: string, bytes: Uint8Array | string): string | Problem {
  if (typeof bytes === "string") return bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = loose.slice(0, loose.indexOf("\uFFFD")).split("\n").length;
    return {
      file,
      line,
      field: "file",
      message:
        "the file is not valid UTF-8 text. Fix: save it again with the UTF-8 encoding (most editors offer it under Save As or Encoding)",
    };
  }
}

/** A YAML parser error in an editor's words, with the usual fix. */
function yamlAdvice(code: string, message: string, key: string | undefined): string {
  switch (code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return `the text contains a colon, which YAML reads as a new field. Fix: put the whole text in double quotes, e.g. ${key ?? "title"}: "Canada: the story"`;
    case "DUPLICATE_KEY":
      return `the field "${key ?? "?"}" appears twice. Fix: keep one of the two lines`;
    case "TAB_AS_INDENT":
      return "the line is indented with a tab. Fix: indent with spaces";
    case "MISSING_CHAR":
      return 'a quote or bracket is not closed. Fix: end the text with " (or the list with ])';
    case "BAD_INDENT":
      return 'a list or indentation is not closed properly. Fix: write lists on one line, e.g. topics: ["canadas-response"], and close them with ]';
    default:
      return `${message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}. Fix: check the indentation, colons and quotes on this line (text with a colon must be in quotes)`;
  }
}

/**
 * YAML as Astro reads it (YAML 1.2 core schema plus timestamps), so that an unquoted
 * date arrives as a Date exactly as it would in the build, and is caught the same way.
 */
function parseYaml(file: string, source: string, firstLine: number): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, customTags: ["timestamp"], uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const lines = source.split("\n");
    // One problem per line: a single slip often confuses the YAML parser several times over.
    const seen = new Set<number>();
    const problems: Problem[] = [];
    for (const error of doc.errors) {
      const at = lineCounter.linePos(error.pos[0]).line;
      if (seen.has(at)) continue;
      seen.add(at);
      const text = lines[at - 1] ?? "";
      const key = /^\s*([\w-]+)\s*:/.exec(text)?.[1] ?? /^\s*([\w-]+)\s*:/.exec(lines[at - 2] ?? "")?.[1];
      problems.push({
        file,
        line: at + firstLine - 1,
        field: key ?? "front matter",
        message: yamlAdvice(error.code, error.message, key),
      });
    }
    return { ok: false, problems };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
      const key = path[depth - 1];
      let node: Node | undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === key);
        node = (pair?.key ?? undefined) as Node | undefined;
      } else if (isSeq(parent) && typeof key === "number") {
        node = parent.items[key] as Node | undefined;
      }
      if (node?.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { ok: true, parsed: { data: doc.toJS() ?? {}, body: "", bodyLine: 0, lineOf } };
}

function parseJson(file: string, source: string): ParseResult {
  try {
    const data: unknown = JSON.parse(source);
    const lineOf = (path: readonly PropertyKey[]) => {
      const key = path.find((p) => typeof p === "string");
      const at = key === undefined ? -1 : source.indexOf(`"${String(key)}"`);
      return at < 0 ? undefined : source.slice(0, at).split("\n").length;
    };
    return { ok: true, parsed: { data, body: "", bodyLine: 0, lineOf } };
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file,
          field: "file",
          message: `${(error as Error).message}. Fix: correct the JSON syntax (commas, quotes, brackets)`,
        },
      ],
    };
  }
}

/** Front matter between `---` lines, then the body. BOM and CRLF line endings are accepted. */
function parseMdx(file: string, source: string): ParseResult {
  const lines = source.split("\n");
  const frontMatterProblem = (message: string): ParseResult => ({
    ok: false,
    problems: [{ file, line: 1, field: "front matter", message }],
  });
  if (lines[0]?.trim() !== "---") {
    return frontMatterProblem(
      'the file must start with a line "---" and the front matter. Fix: copy the top of an existing article, or run npm run new',
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (close < 0)
    return frontMatterProblem('the front matter is not closed. Fix: add a line "---" after the last field');
  const result = parseYaml(file, lines.slice(1, close).join("\n"), 2);
  if (!result.ok) return result;
  return { ok: true, parsed: { ...result.parsed, body: lines.slice(close + 1).join("\n"), bodyLine: close + 2 } };
}

export function parseContentFile(file: string, bytes: Uint8Array | string): ParseResult {
  const decoded = decode(file, bytes);
  if (typeof decoded !== "string") return { ok: false, problems: [decoded] };
  const source = decoded.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (file.endsWith(".mdx")) return parseMdx(file, source);
  if (file.endsWith(".json")) return parseJson(file, source);
  return parseYaml(file, source, 1);
}
