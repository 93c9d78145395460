/** `npm run docs:fields`: rewrites the field reference in content/EDITING.md from the schemas. */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { withFieldReference } from "../lib/field-docs.ts";

const GUIDE = "content/EDITING.md";

function fail(message: string): never {
  console.error(`npm run docs:fields: ${message}`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({ options: { root: { type: "string" } } });
  } catch (error) {
    return fail(`${(error as Error).message}. Usage: npm run docs:fields`);
  }
}

const { root: rootArg } = readArgs().values;
const root = rootArg ? resolve(process.env.INIT_CWD ?? "", rootArg) : process.cwd();
const path = join(root, GUIDE);

let guide = "";
try {
  guide = await readFile(path, "utf8");
} catch (error) {
  fail(`cannot read ${GUIDE}: ${(error as Error).message}`);
}
let updated = guide;
try {
  updated = withFieldReference(guide);
} catch (error) {
  fail(`${GUIDE}: ${(error as Error).message}`);
}
if (updated === guide) {
  console.log(`${GUIDE}: the field reference is up to date`);
} else {
  await writeFile(path, updated);
  console.log(`${GUIDE}: field reference updated from src/schemas`);
}
