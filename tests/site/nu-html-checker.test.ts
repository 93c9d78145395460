import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { builtPages, distDir } from "./built-site.ts";

/*
 * The W3C's Nu HTML Checker (vnu, the validator behind validator.w3.org/nu), run locally
 * on every built page, on top of html-validate: it parses as browsers do and catches what
 * a linter lets through (a script Astro rendered after </html> passed html-validate).
 * Java runs the jar from the vnu-jar package; its installer, which would download a
 * JDK, is not allowed to run (package.json allowScripts): tests/site/ensure-java.sh
 * installs Debian's Java instead. Errors only: vnu's CSP warnings cannot see hashes.
 */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

describe("the Nu HTML Checker finds no error in any built page", () => {
  it("checks every page of dist/", async () => {
    const pages = await builtPages();
    const { stdout, stderr } = await promisify(execFile)(
      "java",
      ["-jar", vnuJar, "--skip-non-html", "--errors-only", "--format", "json", distDir],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? "",
    }));
    const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
    const errors = report.messages.map((m) => {
      const file = m.url ? relative(distDir, fileURLToPath(m.url)) : "?";
      return `dist/${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? "?"} ${m.type}: ${m.message}`;
    });
    expect(errors).toEqual([]);
    expect(pages.length).toBeGreaterThan(10);
  });
});
