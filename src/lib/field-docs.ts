/**
 * The field reference in content/EDITING.md, generated from the zod schemas so
 * that the guide cannot drift from what `npm run check` enforces.
 */
import { z } from "zod";
import { COLLECTIONS, SLUG_PATTERN, httpsUrl, isoDate, references, slug } from "../schemas/index.ts";

export const START_MARKER = "<!-- fields:start -->";
export const END_MARKER = "<!-- fields:end -->";

/** One row of a table: a field as an editor writes it. */
export interface FieldDoc {
  /** "title", "image.src", "corrections[].date" */
  name: string;
  type: string;
  required: string;
  limits: string;
  description: string;
}

type Schema = z.core.$ZodType;
type JsonSchema = z.core.JSONSchema.BaseSchema;

export const DOCUMENTED: readonly { heading: string; schema: Schema }[] = Object.values(COLLECTIONS);

/*
 * Dates and https links are checked by custom code that JSON Schema cannot express;
 * they are recognised by their definition, which .describe() and .optional() keep.
 */
const NAMED: readonly { schema: Schema; type: string; limits: string }[] = [
  { schema: isoDate, type: "date", limits: 'in quotes, e.g. "2017-09-01"' },
  { schema: httpsUrl, type: "link", limits: "https:// only" },
  { schema: slug, type: "slug", limits: "lower-case letters, digits and hyphens" },
];
const named = (schema: Schema) => NAMED.find((n) => n.schema._zod.def === schema._zod.def);

/** Strips optional/default wrappers, keeping what they say about the field. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; defaultValue?: unknown; description?: string } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = z.globalRegistry.get(inner)?.description;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: Schema; defaultValue?: unknown };
    if ((def.type !== "optional" && def.type !== "default") || !def.innerType) break;
    optional = true;
    if (def.type === "default") defaultValue = def.defaultValue;
    inner = def.innerType;
    description ??= z.globalRegistry.get(inner)?.description;
  }
  return {
    inner,
    optional,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(description === undefined ? {} : { description }),
  };
}

const json = (schema: Schema) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
const code = (value: unknown) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;

function characters(schema: JsonSchema): string {
  const { minLength: min, maxLength: max } = schema;
  if (min !== undefined && max !== undefined) return `${min}–${max} characters`;
  if (max !== undefined) return `at most ${max} characters`;
  return min !== undefined ? `at least ${min} characters` : "";
}

/** Type and limits of a value (not of its wrappers). */
function describeValue(schema: Schema): { type: string; limits: string } {
  const known = named(schema);
  if (known) return { type: known.type, limits: known.limits };
  const target = references.get(schema)?.collection;
  if (target) return { type: "slug", limits: `names a file in content/${COLLECTIONS[target].dir}/` };
  const js = json(schema);
  if (js.enum) return { type: `one of ${js.enum.map(code).join(", ")}`, limits: "" };
  if (js.type === "boolean") return { type: "`true` or `false`", limits: "" };
  if (js.type === "object") return { type: "group of fields (below)", limits: "" };
  if (js.type === "array") {
    const element = (schema._zod.def as { element?: Schema }).element;
    const item = element ? describeValue(element) : { type: "value", limits: "" };
    const count = js.minItems ? `at least ${js.minItems}` : "";
    const each = item.limits && !(element && named(element)?.type === "slug") ? `each ${item.limits}` : "";
    const type =
      item.type === "group of fields (below)"
        ? "list of entries, each with the fields below"
        : `list of ${item.type === "text" ? "texts" : `${item.type}s`}`;
    return { type, limits: [count, each].filter(Boolean).join("; ") };
  }
  if (js.type === "string") {
    return { type: js.pattern === SLUG_PATTERN.source ? "slug" : "text", limits: characters(js) };
  }
  return { type: String(js.type ?? "any value"), limits: "" };
}

function rows(shape: Record<string, Schema>, prefix: string): FieldDoc[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const { inner, optional, defaultValue, description } = unwrap(field);
    const name = `${prefix}${key}`;
    const { type, limits } = describeValue(inner);
    const empty = Array.isArray(defaultValue) && defaultValue.length === 0;
    const required = !optional
      ? "required"
      : defaultValue === undefined
        ? "optional"
        : `optional (default ${empty ? "none" : code(defaultValue)})`;
    const row: FieldDoc = { name, type, required, limits, description: description ?? "" };
    const element = (inner._zod.def as { element?: Schema }).element;
    const nested = objectShape(inner) ?? (element ? objectShape(element) : undefined);
    const childPrefix = element ? `${name}[].` : `${name}.`;
    return [row, ...(nested ? rows(nested, childPrefix) : [])];
  });
}

function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, Schema> };
  return def.type === "object" ? def.shape : undefined;
}

export function fieldDocs(schema: Schema): FieldDoc[] {
  const shape = objectShape(schema);
  if (!shape) throw new Error("fieldDocs needs an object schema");
  return rows(shape, "");
}

/** Table cells are one line; a "|" would end the cell. */
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();

/** Columns padded as Prettier pads them, so formatting the guide leaves the table alone. */
export function fieldTable(docs: readonly FieldDoc[]): string {
  const table = [
    ["Field", "Type", "Required", "Limits", "What it is"],
    ...docs.map((d) => [code(d.name), d.type, d.required, d.limits, d.description].map(cell)),
  ];
  const widths = table[0]!.map((_, column) => Math.max(3, ...table.map((row) => [...(row[column] ?? "")].length)));
  const line = (row: readonly string[]) => `| ${row.map((text, i) => text.padEnd(widths[i]!)).join(" | ")} |`;
  const [header = [], ...body] = table;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** The whole generated section, without the markers. */
export function fieldReference(): string {
  const parts = [
    "<!-- Generated from src/schemas by `npm run docs:fields`. Edit the descriptions there, not here. -->",
    ...DOCUMENTED.flatMap(({ heading, schema }) => [`### ${heading}`, fieldTable(fieldDocs(schema))]),
  ];
  return parts.join("\n\n");
}

/** `guide` with the text between the markers replaced; throws if the markers are missing. */
export function withFieldReference(guide: string, reference = fieldReference()): string {
  const start = guide.indexOf(START_MARKER);
  const end = guide.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    throw new Error(
      `the guide has no "${START_MARKER}" ... "${END_MARKER}" section. Fix: add the two lines where the field reference belongs`,
    );
  }
  return `${guide.slice(0, start + START_MARKER.length)}\n\n${reference}\n\n${guide.slice(end)}`;
}
