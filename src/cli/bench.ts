/**
 * `npm run bench [-- 1000 3000] [--rounds=N] [--reference-up-to=N] [--no-markdown] [--keep] [--seed=N]`:
 * builds a copy of the site with N synthetic articles (src/cli/bench/synthetic-content.ts)
 * and, alternating with it in the same run, a minimal reference site of the Astro blog
 * starter's shape made from the same text (src/cli/bench/reference-site.ts), as MDX and
 * as Markdown. Each is built cold (nothing cached), warm (built again unchanged, its
 * caches kept) and, for this site, after one article's title is corrected. It prints
 * time, memory and time per article, and this site's ratio to the MDX reference.
 * Not part of npm test: it takes minutes, and its figures depend on the machine's load.
 *
 * Each build runs in a temp copy, never in the working tree, with its own caches.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { referenceSite } from "./bench/reference-site.ts";
import { generateSyntheticContent, type SyntheticFile } from "./bench/synthetic-content.ts";
import { listFiles } from "../lib/dist-pages.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const COPIED = ["src", "public", "astro.config.ts", "tsconfig.json", "package.json"];
/** Caches kept in node_modules: each copy gets its own, empty, so builds are cold. */
const CACHES = new Set([".cache", ".astro", ".vite", ".vite-temp", ".vitest-cache"]);
const GNU_TIME = "/usr/bin/time";

/** The issue's targets, this site's time per article over the MDX reference's. */
const TARGETS = { cold: 1.5, warm: 1.0 };
/** A rebuild after one article is edited, as a share of a cold build of the same site. */
const EDIT_TARGET = 0.2;
/** Time per article at the largest N over that at 1,000. */
const SCALING_TARGET = 1.15;
const MEMORY_BUDGET_MB = 3072;

type SiteName = "site" | "ref-mdx" | "ref-md";
/** cold: nothing cached; warm: built again unchanged; edit: built again after one article's title changed. */
type BuildKind = "cold" | "warm" | "edit";

interface Result {
  site: SiteName;
  kind: BuildKind;
  articles: number;
  seconds: number;
  /** Largest single process (GNU time), or the tree's peak when time is missing. */
  peakMb: number;
  /** All processes of the build at once (Astro plus Pagefind and esbuild), polled. */
  treeMb: number;
  /** Each program's largest process (polled): which one the memory is in. */
  programsMb: Map<string, number>;
  outputMb: number;
  /** User + system CPU of the build (GNU time): less disturbed than wall time on a busy machine. */
  cpuSeconds: number;
  /** 1-minute load average after the build: above the CPU count, other work slowed it. */
  load: number;
  phases: Phases;
}

// --- Memory of a process tree, from /proc (Linux). Only the tree is read, synchronously:
// scanning all of /proc every 100 ms cost a quarter of a CPU, skewing the build it measures.

const readProc = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // the process ended between two reads
  }
};

function childPids(pid: number): number[] {
  const tasks = (() => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  })();
  return tasks.flatMap((task) => readProc(`/proc/${pid}/task/${task}/children`).split(" ").filter(Boolean).map(Number));
}

/** The tree's RSS now, and each process's, by program name (node, pagefind...). */
function treeRssKb(pid: number, byProgram: Map<string, number>): number {
  let total = 0;
  for (const queue = [pid]; queue.length;) {
    const next = queue.pop()!;
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readProc(`/proc/${next}/status`))?.[1] ?? 0);
    const program = basename(readProc(`/proc/${next}/cmdline`).split("\0")[0] ?? "") || "?";
    byProgram.set(program, Math.max(byProgram.get(program) ?? 0, rss));
    total += rss;
    queue.push(...childPids(next));
  }
  return total;
}

// --- Where the time went, from Astro's build log.

interface Phases {
  types: number;
  bundle: number;
  /** Rendering every route (pages, feeds), wall time. */
  pages: number;
  /** Drawing share images on a worker thread, alongside sync, bundling and pages. */
  shareImages: number;
  /** Pages Astro's incremental build copied from its cache instead of rendering. */
  restored: number;
  /** The content check, before Astro reads any content. */
  check: number;
  /** Pagefind (or copying the last build's index), after the pages. */
  search: number;
  /** Narrowing each page's CSP and writing _headers/_redirects, after the pages. */
  hostFiles: number;
}

/** How Astro and Vite write a duration: "2m 22s", "13.50s", "88ms". */
const DURATION = String.raw`(\d+m \d+s|[\d.]+ms|[\d.]+s|\d+m)`;

/** "2m 22s", "13.50s", "88ms" -> seconds. */
function seconds(text: string): number {
  const ms = /^([\d.]+)ms$/.exec(text.trim());
  if (ms) return Number(ms[1]) / 1000;
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$/.exec(text.trim());
  return Number(m?.[1] ?? 0) * 60 + Number(m?.[2] ?? 0);
}

function phasesOf(log: string): Phases {
  const text = log.replace(/\x1b\[[0-9;]*m/g, "");
  return {
    types: seconds(new RegExp(`\\[types\\] Generated ${DURATION}`).exec(text)?.[1] ?? ""),
    bundle: seconds(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(text)?.[1] ?? ""),
    // The first "Completed" line after the routes heading, not one further down the log.
    pages: seconds(
      new RegExp(`generating static routes(?:(?!Completed in)[\\s\\S])*Completed in ${DURATION}`).exec(text)?.[1] ?? "",
    ),
    shareImages: seconds(new RegExp(`share images: drawn in ${DURATION} on a worker`).exec(text)?.[1] ?? ""),
    restored: text.match(/ \((?:restored|cached)\)/g)?.length ?? 0,
    check: seconds(new RegExp(`content check: \\d+ files, 0 problems in ${DURATION}`).exec(text)?.[1] ?? ""),
    search: seconds(new RegExp(`search index: \\d+ pages.* in ${DURATION}`).exec(text)?.[1] ?? ""),
    hostFiles: seconds(new RegExp(`_headers for .* in ${DURATION}`).exec(text)?.[1] ?? ""),
  };
}

// --- One build.

/** node_modules linked entry by entry, except its caches, so each copy starts cold. */
async function linkModules(dir: string): Promise<void> {
  await mkdir(join(dir, "node_modules"));
  for (const name of await readdir(join(ROOT, "node_modules"))) {
    if (!CACHES.has(name)) await symlink(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
}

async function writeFiles(dir: string, files: readonly { file: string; bytes: string }[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(dir, file.file)), { recursive: true });
    await writeFile(join(dir, file.file), file.bytes);
  }
}

/** A temp copy of this project with the synthetic content, or the reference site built from it. */
async function prepareCopy(site: SiteName, content: readonly SyntheticFile[]): Promise<string> {
  const articles = content.filter((f) => f.collection === "articles").length;
  const dir = await mkdtemp(join(tmpdir(), `refuge-north-bench-${site}-${articles}-`));
  await linkModules(dir);
  if (site === "site") {
    await Promise.all(COPIED.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
    await writeFiles(dir, content);
    await writeFile(join(dir, "content", "permalinks.txt"), "");
  } else {
    await writeFiles(dir, referenceSite(content, site === "ref-mdx" ? "mdx" : "md"));
  }
  return dir;
}

/** A correction to one article's title: it shows on the article, its lists and the stories related to it. */
async function editOneArticle(dir: string, site: SiteName): Promise<void> {
  const folder = site === "site" ? join(dir, "content", "articles") : join(dir, "src", "content", "blog");
  const [first] = (await readdir(folder)).sort();
  const file = join(folder, first!);
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace(/^title: "/m, 'title: "Corrected: '));
}

/**
 * Runs `npm run build` (the command CI and editors run, with its Node flags) in the copy,
 * timing it and sampling the tree's memory every 100 ms.
 */
async function build(
  site: SiteName,
  dir: string,
  logFile: string,
): Promise<{ seconds: number; peakKb: number; treeKb: number; cpuSeconds: number; programs: Map<string, number> }> {
  // The reference has no build script: Astro's own command, on the project's Node (npx).
  const astro = site === "site" ? ["npm", "run", "--silent", "build"] : ["npx", "--no-install", "astro", "build"];
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const [command, ...args] = useTime ? [GNU_TIME, "-v", "-o", timeFile, ...astro] : astro;
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command!, args, {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let treeKb = 0;
  const programs = new Map<string, number>();
  const poll = setInterval(() => {
    treeKb = Math.max(treeKb, treeRssKb(child.pid!, programs));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  if (code !== 0) {
    const tail = (await readFile(logFile, "utf8")).split("\n").slice(-30).join("\n");
    throw new Error(`astro build failed (exit ${code}) in ${dir}; log: ${logFile}\n${tail}`);
  }
  const timeText = useTime ? await readFile(timeFile, "utf8") : "";
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(timeText)?.[1] ?? NaN);
  const maxRss = field("Maximum resident set size \\(kbytes\\)");
  const cpuSeconds = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
  return { seconds, peakKb: maxRss || treeKb, treeKb, cpuSeconds, programs };
}

async function outputBytes(distDir: string): Promise<number> {
  let bytes = 0;
  for (const file of await listFiles(distDir)) bytes += (await stat(join(distDir, file))).size;
  return bytes;
}

async function measure(
  site: SiteName,
  kind: BuildKind,
  dir: string,
  articles: number,
  logFile: string,
): Promise<Result> {
  const { seconds, peakKb, treeKb, cpuSeconds, programs } = await build(site, dir, logFile);
  const bytes = await outputBytes(join(dir, "dist"));
  return {
    site,
    kind,
    articles,
    seconds,
    peakMb: peakKb / 1024,
    treeMb: treeKb / 1024,
    programsMb: new Map([...programs].map(([program, kb]) => [program, kb / 1024])),
    outputMb: bytes / 1024 / 1024,
    cpuSeconds,
    load: loadavg()[0] ?? 0,
    phases: phasesOf(await readFile(logFile, "utf8")),
  };
}

// --- Report.

const msPerArticle = (r: Result) => (r.seconds * 1000) / r.articles;

function table(results: readonly Result[]): string {
  const head = [
    "site",
    "N",
    "build",
    "s",
    "ms/article",
    "peak RSS (MB)",
    "tree RSS (MB)",
    "CPU (s)",
    "pages copied",
    "output (MB)",
    "load",
  ];
  return grid(
    head,
    results.map((r) => [
      r.site,
      String(r.articles),
      r.kind,
      r.seconds.toFixed(1),
      msPerArticle(r).toFixed(1),
      r.peakMb.toFixed(0),
      r.treeMb.toFixed(0),
      r.cpuSeconds.toFixed(1),
      String(r.phases.restored),
      r.outputMb.toFixed(0),
      r.load.toFixed(1),
    ]),
  );
}

/**
 * Wall seconds per phase of this site's builds, from Astro's log. "rest" is startup,
 * emptying dist/, the sitemap, waiting for and copying share images and the permalink
 * check. Share images are drawn on a worker thread during the other phases, so they are
 * not part of the sum.
 */
function phaseTable(results: readonly Result[]): string {
  const head = [
    "N",
    "build",
    "check",
    "types+sync",
    "bundle",
    "pages",
    "search",
    "CSP+_headers",
    "rest",
    "share images (alongside)",
  ];
  return grid(
    head,
    results
      .filter((r) => r.site === "site")
      .map(({ articles, kind, seconds, phases: p }) =>
        [
          String(articles),
          kind,
          p.check,
          p.types,
          p.bundle,
          p.pages,
          p.search,
          p.hostFiles,
          seconds - p.check - p.types - p.bundle - p.pages - p.search - p.hostFiles,
          p.shareImages,
        ].map((v) => (typeof v === "number" ? v.toFixed(1) : v)),
      ),
  );
}

function grid(head: readonly string[], rows: readonly string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** The median over the rounds of one figure (wall ms per article by default) for one site, size and kind of build. */
function median(
  results: readonly Result[],
  site: SiteName,
  articles: number,
  kind: BuildKind,
  figure: (r: Result) => number = msPerArticle,
): number | undefined {
  const values = results
    .filter((r) => r.site === site && r.articles === articles && r.kind === kind)
    .map(figure)
    .sort((a, b) => a - b);
  if (!values.length) return undefined;
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid] : (values[mid - 1]! + values[mid]!) / 2;
}

const verdict = (pass: boolean) => (pass ? "PASS" : "FAIL");

function verdicts(results: readonly Result[]): string[] {
  const lines: string[] = [];
  const sizes = [...new Set(results.map((r) => r.articles))].sort((a, b) => a - b);
  for (const n of sizes) {
    for (const kind of ["cold", "warm"] as const) {
      const ours = median(results, "site", n, kind);
      const mdx = median(results, "ref-mdx", n, kind);
      const md = median(results, "ref-md", n, kind);
      if (ours === undefined || mdx === undefined) continue;
      const versusMd = md === undefined ? "" : `; over the Markdown reference ${(ours / md).toFixed(2)}x`;
      // CPU seconds are less disturbed by other work on a shared machine than wall time.
      const cpu = (site: SiteName) => median(results, site, n, kind, (r) => r.cpuSeconds);
      const cpuRatio = `; CPU time ${((cpu("site") ?? NaN) / (cpu("ref-mdx") ?? NaN)).toFixed(2)}x`;
      lines.push(
        `N=${n} ${kind}: ${ours.toFixed(1)} ms/article, MDX reference ${mdx.toFixed(1)}: ` +
          `${(ours / mdx).toFixed(2)}x, target <= ${TARGETS[kind]}x: ${verdict(ours / mdx <= TARGETS[kind])}${cpuRatio}${versusMd}`,
      );
    }
    const cold = median(results, "site", n, "cold");
    const edit = median(results, "site", n, "edit");
    if (cold !== undefined && edit !== undefined) {
      const cpu = (kind: BuildKind) => median(results, "site", n, kind, (r) => r.cpuSeconds) ?? NaN;
      lines.push(
        `N=${n} one article edited: ${((edit / cold) * 100).toFixed(0)}% of a cold build, ` +
          `target <= ${EDIT_TARGET * 100}%: ${verdict(edit / cold <= EDIT_TARGET)}; ` +
          `CPU time ${((cpu("edit") / cpu("cold")) * 100).toFixed(0)}%`,
      );
    }
  }
  const largest = sizes[sizes.length - 1];
  const atLargest = largest === undefined ? undefined : median(results, "site", largest, "cold");
  const atThousand = median(results, "site", 1000, "cold");
  if (largest !== undefined && largest > 1000 && atLargest !== undefined && atThousand !== undefined) {
    const ratio = atLargest / atThousand;
    const cpuPerArticle = (r: Result) => r.cpuSeconds / r.articles;
    const cpuRatio =
      (median(results, "site", largest, "cold", cpuPerArticle) ?? NaN) /
      (median(results, "site", 1000, "cold", cpuPerArticle) ?? NaN);
    lines.push(
      `time per article at N=${largest} / at N=1000 (cold): ${ratio.toFixed(2)}, ` +
        `target <= ${SCALING_TARGET}: ${verdict(ratio <= SCALING_TARGET)}; CPU time per article ${cpuRatio.toFixed(2)}`,
    );
  }
  for (const n of sizes) {
    const peak = Math.max(...results.filter((r) => r.site === "site" && r.articles === n).map((r) => r.treeMb));
    lines.push(
      `N=${n} peak memory (whole tree) ${peak.toFixed(0)} MB, target < ${MEMORY_BUDGET_MB}: ${verdict(peak < MEMORY_BUDGET_MB)}`,
    );
  }
  return lines;
}

// --- Main.

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const counts = sizes.length ? sizes : [1000, 3000];
const keep = args.includes("--keep");
const seed = Number(option("seed") ?? 1);
const rounds = Number(option("rounds") ?? 1);
/** The reference is built up to this size; above it only this site is (its figures are what scale is judged on). */
const referenceUpTo = Number(option("reference-up-to") ?? 3000);
const references: SiteName[] = args.includes("--no-markdown") ? ["ref-mdx"] : ["ref-mdx", "ref-md"];
const logDir = await mkdtemp(join(tmpdir(), "refuge-north-bench-logs-"));
console.log(`Logs in ${logDir}${keep ? "; build copies kept" : ""}; load average now ${loadavg()[0]!.toFixed(1)}`);

const all: Result[] = [];
for (const articles of counts) {
  const content = generateSyntheticContent({ articles, seed });
  const sites: SiteName[] = ["site", ...(articles <= referenceUpTo ? references : [])];
  for (let round = 1; round <= rounds; round++) {
    const dirs = new Map<SiteName, string>();
    for (const site of sites) dirs.set(site, await prepareCopy(site, content));
    // Alternating: each kind of build of every site, one after the other, so a change in
    // the machine's load falls on all of them alike.
    for (const kind of ["cold", "warm", "edit"] as const) {
      for (const site of sites) {
        if (kind === "edit" && site !== "site") continue;
        const dir = dirs.get(site)!;
        if (kind === "edit") await editOneArticle(dir, site);
        const log = join(logDir, `${site}-${articles}-${kind}-${round}.log`);
        console.log(`N=${articles} ${site} ${kind} (round ${round}) in ${dir} ...`);
        const result = await measure(site, kind, dir, articles, log);
        all.push(result);
        console.log(`  ${result.seconds.toFixed(1)} s, ${result.treeMb.toFixed(0)} MB, load ${result.load.toFixed(1)}`);
      }
    }
    if (!keep) for (const dir of dirs.values()) await rm(dir, { recursive: true, force: true });
  }
}

console.log(
  `\n${table(all)}\n\nWall seconds per phase of this site's builds (from Astro's log):\n${phaseTable(all)}\n`,
);
console.log(`(${availableParallelism()} CPUs; a load above that means other work shared the machine)`);
console.log("\nPeak RSS by program (MB, polled every 100 ms):");
for (const r of all.filter((r) => r.site === "site")) {
  const programs = [...r.programsMb].filter(([, mb]) => mb > 50).sort((a, b) => b[1] - a[1]);
  console.log(`  N=${r.articles} ${r.kind}: ${programs.map(([name, mb]) => `${name} ${mb.toFixed(0)}`).join(", ")}`);
}
for (const line of verdicts(all)) console.log(line);
