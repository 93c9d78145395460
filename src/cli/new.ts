/** `npm run new -- "Title" [--kind explainer] [--topic canadas-response]...`: starts a draft article. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readContentFiles } from "../lib/content-check/read.ts";
import { toZonedDay } from "../lib/dates.ts";
import { planArticle, siteFacts } from "../lib/new-article.ts";
import { paths } from "../lib/urls.ts";

const USAGE = 'npm run new -- "Title of the article" [--kind explainer] [--topic canadas-response] [--slug my-slug]';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        kind: { type: "string" },
        topic: { type: "string", multiple: true },
        slug: { type: "string" },
        root: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}. Usage: ${USAGE}`);
  }
}

const args = readArgs();
if (args.values.help) {
  console.log(`Usage: ${USAGE}`);
  process.exit(0);
}
// An unquoted title arrives as several words: take them as the title.
const title = args.positionals.join(" ");
if (!title.trim()) fail(`give the title in quotes. Usage: ${USAGE}`);

// npm runs scripts from the project folder; INIT_CWD is where the editor typed the command.
const root = args.values.root ? resolve(process.env.INIT_CWD ?? "", args.values.root) : process.cwd();
const facts = siteFacts(await readContentFiles(root));
const plan = planArticle(
  { title, kind: args.values.kind, topics: args.values.topic, slug: args.values.slug },
  facts,
  toZonedDay(new Date()),
);
if (!plan.ok) fail(plan.message);

const path = join(root, plan.file);
try {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, plan.text, { flag: "wx" });
} catch (error) {
  fail(`could not write ${plan.file}: ${(error as Error).message}`);
}
console.log(`Created ${plan.file} (a draft).
Preview: run npm start, then open http://127.0.0.1:4321${paths.article(plan.slug)}
Check:   run npm run check`);
