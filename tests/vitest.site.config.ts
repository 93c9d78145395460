import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Checks of the built site in dist/ (run after `astro build`), and builds of fixture sites. */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/site/**/*.test.ts", "tests/build/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
