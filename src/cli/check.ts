/** `npm run check`: the editors' check. Validates all content without building pages. */
import { checkContentDir } from "../lib/content-check/read.ts";
import { formatReport } from "../lib/content-check/problem.ts";

const started = performance.now();
const root = process.argv[2] ?? process.cwd();
const { problems, notices, filesChecked } = await checkContentDir(root);
for (const notice of notices) console.log(notice);
console.log(formatReport(problems, filesChecked));
if (process.env.CHECK_TIMING) console.error(`checked in ${Math.round(performance.now() - started)} ms`);
process.exitCode = problems.length ? 1 : 0;
