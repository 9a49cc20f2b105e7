import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "../browser/playwright.config";

// `npm run bench` (server.spec.ts, bench.spec.ts) and `npm run bench:soak` (soak.spec.ts): one
// worker, nothing else running, generous time. Not part of `npm test` or CI.
export default defineConfig({
  testDir: ".",
  testMatch: ["bench.spec.ts", "server.spec.ts", "soak.spec.ts"],
  outputDir: "../../test-results/bench",
  workers: 1,
  retries: 0,
  timeout: 20 * 60_000,
  reporter: [["list"]],
  use: {
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
});
