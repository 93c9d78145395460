import { afterAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { checkContentDir } from "../../src/lib/content-check/read.ts";
import { formatProblem } from "../../src/lib/content-check/problem.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const fixture = join(repo, "tests/fixtures/csl/zotero-export.json");
const temps: string[] = [];

/** A throwaway site: the base fixture's content/, so the CLIs can write into it. */
async function tempSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "refuge-cli-"));
  temps.push(root);
  await cp(join(repo, "tests/fixtures/base/content"), join(root, "content"), { recursive: true });
  return root;
}

async function run(cli: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(repo, "src/cli", cli), ...args], {
      cwd: repo,
      env: { ...process.env, INIT_CWD: repo },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("npm run sources:import", () => {
  it("writes the valid sources, reports the refused ones and exits 1", async () => {
    const root = await tempSite();
    const { code, stdout } = await run("import-sources.ts", [fixture, "--root", root]);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("3 sources added, 2 refused");
    expect(lines.filter((l) => l.startsWith("refused item 2 ") || l.startsWith("refused item 3 "))).toHaveLength(2);
    expect((await readdir(join(root, "content/sources"))).sort()).toEqual([
      "globe-2017-09-01-canada-helped-gay.yaml",
      "globe-2017-09-01.yaml",
      "hrw-chechnya-video-2017.yaml",
      "hrw-report.json",
      "rln-2017-09-report-situation-lgbt.yaml",
    ]);
    expect(await readFile(join(root, "content/sources/rln-2017-09-report-situation-lgbt.yaml"), "utf8")).toContain(
      'publishedNote: "September 2017"',
    );
    const { problems } = await checkContentDir(root);
    expect(problems.map(formatProblem)).toEqual([]);

    // A second run adds nothing: everything is now a duplicate.
    const again = await run("import-sources.ts", [fixture, "--root", root]);
    expect(again.stdout.trim().split("\n").at(-1)).toBe("0 sources added, 5 refused");
  });

  it("exits 1 with one line for a missing or non-CSL file", async () => {
    const missing = await run("import-sources.ts", ["no-such-file.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^npm run sources:import: there is no file "no-such-file\.json"\. Fix: .*\n$/);
    const notCsl = await run("import-sources.ts", [join(repo, "package.json")]);
    expect(notCsl.stderr).toMatch(/is not CSL JSON.*Fix: export again/);
  });
});

describe("npm run new", () => {
  it("creates a draft that passes the check, and refuses the same title twice", async () => {
    const root = await tempSite();
    const created = await run("new.ts", ["Ottawa's secret flights", "--kind", "explainer", "--root", root]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("content/articles/ottawas-secret-flights.mdx");
    expect(created.stdout).toContain("npm start");
    expect(created.stdout).toContain("/articles/ottawas-secret-flights/");
    expect(created.stdout).toContain("npm run check");
    const { problems } = await checkContentDir(root);
    expect(problems.map(formatProblem)).toEqual([]);

    const twice = await run("new.ts", ["Ottawa's secret flights", "--root", root]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(
      "npm run new: content/articles/ottawas-secret-flights.mdx already exists. Fix: change the title, or add --slug ottawas-secret-flights-2\n",
    );
  });
});
