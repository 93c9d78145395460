import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/*
 * The W3C's Nu HTML Checker (vnu, the validator behind validator.w3.org/nu), run locally,
 * on top of html-validate: it parses as browsers do and catches what a linter lets
 * through (a script Astro rendered after </html> passed html-validate). Java runs the jar
 * from the vnu-jar package; its installer, which would download a JDK, is not allowed to
 * run (package.json allowScripts): tests/site/ensure-java.sh installs Debian's Java.
 * Errors only: vnu's CSP warnings cannot see hashes or the site's origin.
 */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Every error in the HTML pages under `dir`, as "dist/page.html:line:column error: message". */
export async function nuHtmlErrors(dir: string): Promise<string[]> {
  const { stdout, stderr } = await promisify(execFile)(
    "java",
    ["-jar", vnuJar, "--skip-non-html", "--errors-only", "--format", "json", dir],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string }) => ({
    stdout: error.stdout ?? "",
    stderr: error.stderr ?? "",
  }));
  const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
  return report.messages.map((m) => {
    const file = m.url ? relative(dir, fileURLToPath(m.url)) : "?";
    return `dist/${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"} ${m.type}: ${m.message}`;
  });
}
