import { defineConfig } from "@playwright/test";

// E2E_PORT: another port when 4321 is taken (a dev server, another checkout).
const port = Number(process.env["E2E_PORT"] ?? 4321);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: {
      // Debian's Chromium (see tests/e2e/ensure-chromium.sh): no browser download.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Serves the production build in dist/ (npm test builds it first).
    command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port ${port}`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
