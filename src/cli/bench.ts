/**
 * `npm run bench [-- 100 1000 3000] [--no-warm] [--keep] [--seed=N]`: builds a copy of
 * the site with N synthetic articles (src/cli/bench/synthetic-content.ts) and reports
 * build time, peak memory and output size per N. Not part of npm test: it takes minutes.
 *
 * Each build runs in a temp copy, never in the working tree, with its own caches (share
 * images, Vite, Astro), so a run is cold unless stated; a warm rebuild of N=1000 follows.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { generateSyntheticContent } from "./bench/synthetic-content.ts";
import { listFiles } from "../lib/dist-pages.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const COPIED = ["src", "public", "astro.config.ts", "tsconfig.json", "package.json"];
/** Caches kept in node_modules: each copy gets its own, empty, so builds are cold. */
const CACHES = new Set([".cache", ".astro", ".vite", ".vite-temp", ".vitest-cache"]);
const GNU_TIME = "/usr/bin/time";

/** The reference: the Astro blog starter, 800-word posts, this machine. */
const STARTER = new Map([
  [1000, 15],
  [3000, 34],
]);
/** The target: 0.8x the starter's time per article. */
const SPEED_TARGET = 0.8;
const MEMORY_BUDGET_MB = 2048;

interface Result {
  label: string;
  articles: number;
  seconds: number;
  /** Largest single process (GNU time), or the tree's peak when time is missing. */
  peakMb: number;
  /** All processes of the build at once (Astro plus Pagefind and esbuild), polled. */
  treeMb: number;
  outputMb: number;
  largestPageGzKb: number;
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

function treeRssKb(pid: number): number {
  let total = 0;
  for (const queue = [pid]; queue.length;) {
    const next = queue.pop()!;
    total += Number(/VmRSS:\s+(\d+)/.exec(readProc(`/proc/${next}/status`))?.[1] ?? 0);
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
  };
}

// --- One build.

/** A temp copy of the project: code copied, node_modules linked entry by entry except its caches. */
async function prepareCopy(articles: number, seed: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `refuge-north-bench-${articles}-`));
  await Promise.all(COPIED.map((name) => cp(join(ROOT, name), join(dir, name), { recursive: true })));
  await mkdir(join(dir, "node_modules"));
  for (const name of await readdir(join(ROOT, "node_modules"))) {
    if (!CACHES.has(name)) await symlink(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  for (const file of generateSyntheticContent({ articles, seed })) {
    await mkdir(dirname(join(dir, file.file)), { recursive: true });
    await writeFile(join(dir, file.file), file.bytes);
  }
  await writeFile(join(dir, "content", "permalinks.txt"), "");
  return dir;
}

/**
 * Runs `npm run build` (the command CI and editors run, with its Node flags) in the copy,
 * timing it and sampling the tree's memory every 100 ms.
 */
async function build(
  dir: string,
  logFile: string,
): Promise<{ seconds: number; peakKb: number; treeKb: number; cpuSeconds: number }> {
  const astro = ["npm", "run", "--silent", "build"];
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
  const poll = setInterval(() => {
    treeKb = Math.max(treeKb, treeRssKb(child.pid!));
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
  return { seconds, peakKb: maxRss || treeKb, treeKb, cpuSeconds };
}

async function outputStats(distDir: string): Promise<{ bytes: number; largestPageGz: number }> {
  const files = await listFiles(distDir);
  let bytes = 0;
  let largestPageGz = 0;
  for (const file of files) {
    bytes += (await stat(join(distDir, file))).size;
    if (/^articles\/[^/]+\/index\.html$/.test(file)) {
      largestPageGz = Math.max(largestPageGz, gzipSync(await readFile(join(distDir, file))).length);
    }
  }
  return { bytes, largestPageGz };
}

async function measure(label: string, dir: string, articles: number, logFile: string): Promise<Result> {
  const { seconds, peakKb, treeKb, cpuSeconds } = await build(dir, logFile);
  const { bytes, largestPageGz } = await outputStats(join(dir, "dist"));
  return {
    label,
    articles,
    seconds,
    peakMb: peakKb / 1024,
    treeMb: treeKb / 1024,
    outputMb: bytes / 1024 / 1024,
    largestPageGzKb: largestPageGz / 1024,
    cpuSeconds,
    load: loadavg()[0] ?? 0,
    phases: phasesOf(await readFile(logFile, "utf8")),
  };
}

// --- Report.

function table(results: readonly Result[]): string {
  const head = [
    "N",
    "build (s)",
    "peak RSS (MB)",
    "tree RSS (MB)",
    "ms/article",
    "output (MB)",
    "largest page gz (KB)",
    "CPU (s)",
    "load",
  ];
  return grid(
    head,
    results.map((r) => [
      r.label,
      r.seconds.toFixed(1),
      r.peakMb.toFixed(0),
      r.treeMb.toFixed(0),
      ((r.seconds * 1000) / r.articles).toFixed(1),
      r.outputMb.toFixed(1),
      r.largestPageGzKb.toFixed(1),
      r.cpuSeconds.toFixed(1),
      r.load.toFixed(1),
    ]),
  );
}

/**
 * Wall seconds per phase, from Astro's log. "rest" is startup, the content check, the
 * sitemap, waiting for and copying share images, CSP, Pagefind, _headers and permalinks. Share images are drawn on a worker
 * thread during the other phases, so they are not part of the sum.
 */
function phaseTable(results: readonly Result[]): string {
  const head = ["N", "types+sync", "bundle", "pages", "rest", "share images (alongside)"];
  return grid(
    head,
    results.map(({ label, seconds, phases: p }) =>
      [label, p.types, p.bundle, p.pages, seconds - p.types - p.bundle - p.pages, p.shareImages].map((v) =>
        typeof v === "number" ? v.toFixed(1) : v,
      ),
    ),
  );
}

function grid(head: readonly string[], rows: readonly string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function verdicts(cold: readonly Result[]): string[] {
  const lines: string[] = [];
  const bySize = [...cold].sort((a, b) => a.articles - b.articles);
  const first = bySize[0];
  const last = bySize[bySize.length - 1];
  if (first && last && last !== first) {
    const ratio = last.seconds / last.articles / (first.seconds / first.articles);
    lines.push(
      `time per article at N=${last.articles} / at N=${first.articles}: ${ratio.toFixed(2)} (linear scaling = 1.0)`,
    );
  }
  for (const r of cold) {
    const starter = STARTER.get(r.articles);
    if (starter === undefined) continue;
    const limit = ((starter * 1000) / r.articles) * SPEED_TARGET;
    const ms = (r.seconds * 1000) / r.articles;
    lines.push(
      `N=${r.articles}: ${ms.toFixed(1)} ms/article; starter ${((starter * 1000) / r.articles).toFixed(1)}, ` +
        `target <= ${limit.toFixed(1)} (0.8x its time): ${ms <= limit ? "PASS" : "FAIL"}`,
    );
    if (r.articles === 3000) {
      // The largest process, as GNU time reports a build; Pagefind runs as a second
      // process once the pages are written, so the tree's figure is printed beside it.
      lines.push(
        `N=3000 peak memory ${r.peakMb.toFixed(0)} MB (tree ${r.treeMb.toFixed(0)} MB), target < ${MEMORY_BUDGET_MB}: ` +
          `${r.peakMb < MEMORY_BUDGET_MB ? "PASS" : "FAIL"}`,
      );
    }
  }
  return lines;
}

// --- Main.

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const counts = sizes.length ? sizes : [100, 1000, 3000];
const keep = args.includes("--keep");
const warm = !args.includes("--no-warm");
const seed = Number(args.find((a) => a.startsWith("--seed="))?.slice(7) ?? 1);
const logDir = await mkdtemp(join(tmpdir(), "refuge-north-bench-logs-"));
console.log(`Logs in ${logDir}${keep ? "; build copies kept" : ""}`);

const cold: Result[] = [];
const all: Result[] = [];
for (const articles of counts) {
  const dir = await prepareCopy(articles, seed);
  console.log(`N=${articles}: building in ${dir} ...`);
  const result = await measure(String(articles), dir, articles, join(logDir, `build-${articles}.log`));
  cold.push(result);
  all.push(result);
  console.log(`  ${result.seconds.toFixed(1)} s, ${result.peakMb.toFixed(0)} MB`);
  if (warm && articles === 1000) {
    // Same copy, caches now filled: what an editor's rebuild costs.
    const again = await measure("1000 warm", dir, articles, join(logDir, `build-${articles}-warm.log`));
    all.push(again);
    console.log(`  warm: ${again.seconds.toFixed(1)} s`);
  }
  if (!keep) await rm(dir, { recursive: true, force: true });
}

console.log(`\n${table(all)}\n\nWall seconds per phase (from Astro's log):\n${phaseTable(all)}\n`);
console.log(`(${availableParallelism()} CPUs; a load above that means other work shared the machine)`);
for (const line of verdicts(cold)) console.log(line);
