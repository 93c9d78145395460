/** `npm run permalinks`: records the URLs of the last build (dist/) in the manifest. Never removes one. */
import { writeFile } from "node:fs/promises";
import { servedPaths } from "../lib/dist-pages.ts";
import { MANIFEST, formatManifest, newPermalinks, readManifest } from "../lib/permalinks.ts";

const manifest = await readManifest(process.cwd());
const served = await servedPaths("dist").catch(() => {
  console.error("No build found in dist/. Run npm run build first.");
  process.exit(1);
});
const added = newPermalinks(manifest, served);
await writeFile(MANIFEST, formatManifest([...manifest, ...added]));
console.log(`${MANIFEST}: ${added.length} URL(s) added, ${manifest.length + added.length} in all.`);
