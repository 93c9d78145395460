import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface FixtureBuild {
  dir: string;
  code: number | null;
  output: string;
}

/**
 * Builds the real site code against the given content files (paths like "content/articles/x.mdx"),
 * with the deploy settings given in `env` (e.g. CORRECTIONS_CONTACT).
 */
export async function buildWithContent(
  files: ReadonlyMap<string, Uint8Array>,
  env: Record<string, string> = {},
): Promise<FixtureBuild> {
  const dir = await mkdtemp(join(tmpdir(), "refuge-north-build-"));
  for (const entry of ["src", "public", "astro.config.ts", "tsconfig.json", "package.json"]) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  await mkdir(join(dir, "content"), { recursive: true });
  await writeFile(join(dir, "content/permalinks.txt"), "");
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: dir,
      // Its own Astro cache: node_modules is shared with the real site and other fixture builds.
      env: {
        ...process.env,
        NO_COLOR: "1",
        FORCE_COLOR: "0",
        ASTRO_TELEMETRY_DISABLED: "1",
        ASTRO_CACHE_DIR: join(dir, ".astro-cache"),
        ...env,
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ dir, code, output }));
  });
}

export const readBuilt = (build: FixtureBuild, path: string) => readFile(join(build.dir, "dist", path), "utf8");
