import { defineConfig, devices } from "@playwright/test";

// Real Chromium from Debian (never a downloaded browser) against the built demo (`npm run build:demo`).
const PORT = 4173;
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/playwright",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "../../test-results/browser.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: `npx vite preview --mode demo --port ${PORT} --strictPort`,
    cwd: "../..",
    url: `http://localhost:${PORT}/workspaces`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
