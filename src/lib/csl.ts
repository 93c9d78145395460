/**
 * `npm run sources:import`: CSL-JSON (what Zotero, Mendeley and most reference
 * managers export) to source files. Pure: the CLI reads and writes the files.
 */
import { Document, isSeq } from "yaml";
import { SLUG_PATTERN, SOURCE_TYPES, sourceSchema } from "../schemas/index.ts";
import { parseContentFile } from "./content-check/parse.ts";
import { schemaProblems } from "./content-check/schema-issues.ts";
import type { ContentFile } from "./content-check/validate.ts";
import { slugOf, slugify } from "./slug.ts";

type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * CSL types -> ours. Anything else (book, chapter, thesis, article-journal, dataset...)
 * becomes DEFAULT_SOURCE_TYPE: the editor can change it in the file.
 */
export const CSL_TYPES: Readonly<Record<string, SourceType>> = {
  "article-newspaper": "news",
  "article-magazine": "news",
  article: "news",
  report: "report",
  legislation: "government",
  bill: "government",
  regulation: "government",
  legal_case: "court",
  motion_picture: "video",
  broadcast: "video",
  webpage: "reference",
  "post-weblog": "reference",
  "entry-encyclopedia": "reference",
};
export const DEFAULT_SOURCE_TYPE: SourceType = "reference";

const MAX_ID_LENGTH = 60;
const MONTHS = "January February March April May June July August September October November December".split(" ");
/** Reference managers often store the language name instead of its code. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: "en",
  french: "fr",
  français: "fr",
  russian: "ru",
  german: "de",
  deutsch: "de",
  spanish: "es",
  chechen: "ce",
};
/** Left out of generated ids, which keep only telling words. */
const STOP_WORDS = new Set("the a an of and in on for to at by with from la le".split(" "));

/** The source files already in content/sources: ids, and URLs -> the id that has them. */
export interface ExistingSources {
  ids: Map<string, string>;
  urls: Map<string, string>;
}

export interface AddedSource {
  id: string;
  file: string;
  text: string;
}
export interface RefusedItem {
  /** 'item 2 "Title"': how the editor finds it in the reference manager. */
  item: string;
  message: string;
}
export interface ImportResult {
  added: AddedSource[];
  refused: RefusedItem[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => {
  const text =
    typeof value === "string" ? value.replace(/\s+/g, " ").trim() : typeof value === "number" ? `${value}` : "";
  return text || undefined;
};
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Compares URLs as a reader would: the same page with or without "www.", a
 * trailing slash or an #anchor is the same page, whatever the scheme.
 */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}${u.search}`;
  } catch {
    return url.trim();
  }
}

export function existingSources(files: readonly ContentFile[]): ExistingSources {
  const existing: ExistingSources = { ids: new Map(), urls: new Map() };
  for (const { collection, file, bytes } of files) {
    if (collection !== "sources") continue;
    const id = slugOf(file);
    existing.ids.set(id, file);
    const parsed = parseContentFile(file, bytes);
    const url = parsed.ok && isObject(parsed.parsed.data) ? parsed.parsed.data["url"] : undefined;
    if (typeof url === "string") existing.urls.set(urlKey(url), id);
  }
  return existing;
}

/** A CSL date's first [year, month, day], as far as it goes. */
function dateParts(date: unknown): number[] {
  if (!isObject(date)) return [];
  const parts = date["date-parts"];
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : [];
  const numbers: number[] = [];
  for (const part of first.slice(0, 3)) {
    const n = Number(part);
    if (!Number.isInteger(n) || n <= 0) break;
    numbers.push(n);
  }
  if (!numbers.length) {
    // Some exports carry only the text ("2017-09-01", "2017-09") as raw or literal.
    const raw = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(str(date["raw"]) ?? str(date["literal"]) ?? "");
    if (raw) return raw.slice(1).filter(Boolean).map(Number);
  }
  return numbers;
}

const isoDay = ([year, month, day]: number[]) =>
  year && month && day ? `${year}-${pad(month)}-${pad(day)}` : undefined;

/** `published` only when the day is known; otherwise a note, so no date is invented. */
function publication(issued: unknown): { published?: string; publishedNote?: string } {
  const parts = dateParts(issued);
  const [year, month] = parts;
  const day = isoDay(parts);
  if (day) return { published: day };
  if (year && month && month <= 12) return { publishedNote: `${MONTHS[month - 1]} ${year}` };
  if (year) return { publishedNote: `${year}` };
  const literal = isObject(issued) ? (str(issued["literal"]) ?? str(issued["raw"])) : undefined;
  return literal ? { publishedNote: literal } : {};
}

function authorName(name: unknown): string | undefined {
  if (!isObject(name)) return str(name);
  const literal = str(name["literal"]);
  if (literal) return literal;
  const parts = [name["given"], name["dropping-particle"], name["non-dropping-particle"], name["family"]]
    .map(str)
    .filter(Boolean);
  const suffix = str(name["suffix"]);
  return parts.length ? `${parts.join(" ")}${suffix ? `, ${suffix}` : ""}` : undefined;
}

function language(value: unknown): string {
  const text = str(value);
  if (!text) return "en";
  const named = LANGUAGE_NAMES[text.toLowerCase()];
  if (named) return named;
  // "EN", "en_US" -> "en", "en-US": the schema wants a lower-case primary subtag.
  const [primary = "", ...rest] = text.replace(/_/g, "-").split("-");
  return [primary.toLowerCase(), ...rest].join("-");
}

/**
 * A citation key (CSL `citation-key`, or an `id` that looks like one) such as
 * "ibbitson2017" or "globeChechnya2017" is kept, as "ibbitson-2017" and
 * "globe-chechnya-2017". Zotero's URIs and item keys, numbers and "ITEM-1" say
 * nothing, so those items get an id built from the source instead.
 */
function idFromCslId(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const id = value.trim();
  if (!/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(id) || /^item-?\d+$/i.test(id) || /^[A-Z0-9]{8}$/.test(id)) return undefined;
  const slug = slugify(
    id.replace(/([a-z])([A-Z])/g, "$1-$2").replace(/([A-Za-z])(\d{4})(?!\d)/g, "$1-$2"),
    MAX_ID_LENGTH,
  );
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/** "hrw-2017-05-26-they-have-long", like the hand-made ids: publisher, date, title. */
function builtId(publisher: string | undefined, issued: unknown, title: string | undefined): string {
  const words = (text: string | undefined) =>
    slugify(text ?? "", 200)
      .split("-")
      .filter((w) => w && !STOP_WORDS.has(w));
  const publisherWords = words(publisher);
  // "Human Rights Watch" -> "hrw", "The Globe and Mail" -> "globe".
  const short = publisherWords.length >= 3 ? publisherWords.map((w) => w[0]).join("") : publisherWords[0];
  const parts = dateParts(issued);
  const date = parts.map((n, i) => (i ? pad(n) : String(n))).join("-");
  return slugify([short, date, ...words(title).slice(0, 3)].filter(Boolean).join("-"), MAX_ID_LENGTH);
}

/** What a missing or empty field is called in the reference manager. */
const CSL_FIELD: Record<string, string> = {
  title: "a title",
  publisher: "a publisher or publication (container-title)",
  url: "a URL",
};

/** The source data in the schema's field order; absent fields are left out. */
function sourceData(item: Json, today: string): Json {
  const authors = (Array.isArray(item["author"]) ? item["author"] : []).map(authorName).filter(Boolean);
  const doi = str(item["DOI"]);
  const accessed = isoDay(dateParts(item["accessed"]));
  const data: Json = {
    title: str(item["title"]),
    publisher: str(item["publisher"]) ?? str(item["container-title"]),
    authors: authors.length ? authors : undefined,
    ...publication(item["issued"]),
    url:
      str(item["URL"]) ?? (doi ? `https://doi.org/${doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//, "")}` : undefined),
    accessed: accessed ?? today,
    type: CSL_TYPES[str(item["type"]) ?? ""] ?? DEFAULT_SOURCE_TYPE,
    language: language(item["language"]),
  };
  const ordered: Json = {};
  for (const key of Object.keys(sourceSchema.shape)) if (data[key] !== undefined) ordered[key] = data[key];
  return ordered;
}

/** Every string double-quoted, authors as a one-line list: the form of the hand-written files. */
export function sourceYaml(data: Json): string {
  const doc = new Document(data);
  const authors = doc.get("authors", true);
  if (isSeq(authors)) authors.flow = true;
  return doc.toString({
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
    lineWidth: 0,
    flowCollectionPadding: false,
  });
}

/** The items of a CSL-JSON export: a list, or (from some tools) one item or { items: [...] }. */
export function cslItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json["items"])) return json["items"];
  if (isObject(json) && ("title" in json || "URL" in json)) return [json];
  return undefined;
}

/** The item's source data, or why it cannot become a source. */
function convert(raw: unknown, label: string, today: string): { data: Json; url: string } | { refusal: string } {
  if (!isObject(raw)) return { refusal: "is not a reference (expected an object). Fix: export again as CSL JSON" };
  const data = sourceData(raw, today);
  const url = typeof data["url"] === "string" ? data["url"] : "";
  if (/^http:\/\//i.test(url)) {
    return {
      refusal: `the URL ${url} is http://, and the site links only to https:// pages. Fix: in the reference manager, change it to the page's https:// address (or an archived copy on https://web.archive.org/), then export again`,
    };
  }
  const parsed = sourceSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { data, url };
  const problems = schemaProblems(label, parsed.error, () => undefined, Object.keys(sourceSchema.shape));
  return {
    refusal: problems
      .map(({ field, message }) =>
        message.startsWith("missing") && CSL_FIELD[field]
          ? `${field}: missing. Fix: give the item ${CSL_FIELD[field]} in the reference manager, then export again`
          : `${field}: ${message}`,
      )
      .join("; "),
  };
}

/**
 * Converts each item, then refuses what must not be written: invalid data, http
 * links, and sources the site (or an earlier item of the same file) already has.
 * `today` ("YYYY-MM-DD" in Toronto) is the accessed date of items without one.
 */
export function importCsl(items: readonly unknown[], existing: ExistingSources, today: string): ImportResult {
  const result: ImportResult = { added: [], refused: [] };
  // id or URL key -> what already has it, phrased for the refusal message.
  const ids = new Map<string, string>(
    [...existing.ids].map(([id, file]) => [id, `${file} already has the id "${id}"`]),
  );
  const urls = new Map<string, string>(
    [...existing.urls].map(([url, id]) => [url, `content/sources/${id}.yaml already has this URL`]),
  );
  const urlOwner = new Map(existing.urls);

  for (const [index, raw] of items.entries()) {
    const item = isObject(raw) ? raw : {};
    const title = str(item["title"]);
    const label = `item ${index + 1}${title ? ` "${title.length > 60 ? `${title.slice(0, 57)}...` : title}"` : ""}`;
    const converted = convert(raw, label, today);
    if ("refusal" in converted) {
      result.refused.push({ item: label, message: converted.refusal });
      continue;
    }
    const id =
      idFromCslId(item["citation-key"]) ??
      idFromCslId(item["id"]) ??
      builtId(str(item["publisher"]) ?? str(item["container-title"]), item["issued"], title);
    const key = urlKey(converted.url);
    const sameUrl = urls.get(key);
    const sameId = ids.get(id);
    if (sameUrl) {
      result.refused.push({
        item: label,
        message: `${sameUrl}. Fix: cite that source as <Cite id="${urlOwner.get(key)}" /> and remove this item from the file (or, if they differ, change one URL)`,
      });
    } else if (sameId) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      result.refused.push({
        item: label,
        message: `${sameId}. Fix: if it is the same source, cite <Cite id="${id}" /> and remove this item; if not, give this item the citation key "${id}-${n}" in the reference manager, then export again`,
      });
    } else {
      ids.set(id, `${label} of this file has the same id "${id}"`);
      urls.set(key, `${label} of this file has the same URL`);
      urlOwner.set(key, id);
      result.added.push({ id, file: `content/sources/${id}.yaml`, text: sourceYaml(converted.data) });
    }
  }
  return result;
}

/** "3 sources added, 2 refused" */
export function importSummary({ added, refused }: ImportResult): string {
  return `${added.length} source${added.length === 1 ? "" : "s"} added, ${refused.length} refused`;
}
