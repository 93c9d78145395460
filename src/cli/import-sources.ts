/** `npm run sources:import -- export.json`: adds sources from a CSL-JSON export (Zotero: Export... > CSL JSON). */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readContentFiles } from "../lib/content-check/read.ts";
import { cslItems, existingSources, importCsl, importSummary } from "../lib/csl.ts";
import { toZonedDay } from "../lib/dates.ts";

const USAGE = "npm run sources:import -- path/to/export.json";

function fail(message: string): never {
  console.error(`npm run sources:import: ${message}`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { root: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}. Usage: ${USAGE}`);
  }
}

const args = readArgs();
if (args.values.help) {
  console.log(`Usage: ${USAGE}\nExport the references from Zotero (or another reference manager) as "CSL JSON" first.`);
  process.exit(0);
}
const [input, ...extra] = args.positionals;
if (!input || extra.length) fail(`give one CSL JSON file. Usage: ${USAGE}`);

// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
const here = process.env.INIT_CWD ?? process.cwd();
const root = args.values.root ? resolve(here, args.values.root) : process.cwd();

let json: unknown;
try {
  json = JSON.parse(await readFile(resolve(here, input), "utf8"));
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  fail(
    code === "ENOENT"
      ? `there is no file "${input}". Fix: give the path of the file exported from the reference manager`
      : `"${input}" is not valid JSON (${message}). Fix: export the references again, choosing the format "CSL JSON"`,
  );
}
const items = cslItems(json);
if (!items)
  fail(`"${input}" is not CSL JSON (a list of references). Fix: export again, choosing the format "CSL JSON"`);

const result = importCsl(items, existingSources(await readContentFiles(root)), toZonedDay(new Date()));
for (const source of [...result.added]) {
  const path = join(root, source.file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, source.text, { flag: "wx" });
    console.log(`added ${source.file}: cite it as <Cite id="${source.id}" />`);
  } catch (error) {
    // Only if someone added the same file meanwhile: never overwrite a source.
    result.added.splice(result.added.indexOf(source), 1);
    result.refused.push({ item: source.file, message: `could not be written: ${(error as Error).message}` });
  }
}
for (const { item, message } of result.refused) console.log(`refused ${item}: ${message}`);
console.log(importSummary(result));
process.exitCode = result.refused.length ? 1 : 0;
