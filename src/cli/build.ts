/**
 * `npm run build`: `astro build` with memory settings sized to the site (README, "memory").
 * Arguments are passed on (`npm run build -- --force`).
 */
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { heapLimitMb } from "../lib/heap-limit.ts";
import { COLLECTIONS } from "../schemas/index.ts";

const ASTRO = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
const { dir, extensions } = COLLECTIONS.articles;
const articles = (await readdir(`content/${dir}`).catch(() => [] as string[])).filter((file) =>
  (extensions as readonly string[]).some((ext) => file.endsWith(ext)),
).length;

const child = spawn(process.execPath, [ASTRO, "build", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    // Rolldown (native, mimalloc) otherwise keeps the memory it freed until the build ends.
    MIMALLOC_PURGE_DELAY: "0",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--max-old-space-size=${heapLimitMb(articles)}`, "--max-semi-space-size=4"]
      .filter(Boolean)
      .join(" "),
  },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
