import { defineConfig, devices } from "@playwright/test";
import chromiumArgs from "./chromium-args.json" with { type: "json" };

// Real Chromium from Debian (never a downloaded browser). Servers: the built demo
// (`npm run build:demo`), and the production build (`npm run build`) proxying /api to the fake coderd
// in test/fake-coderd, once with a server-side token and once without.
// PORT_BASE moves every port, so two checkouts can run their browser tests side by side.
const PORT = Number(process.env.PORT_BASE ?? 4173);
export const FAKE_CODERD_PORT = PORT + 7;
export const FAKE_TOKEN = "fake-session-token-0123456789";
export const WITH_TOKEN_PORT = PORT + 1;
export const NO_TOKEN_PORT = PORT + 2;
export const WITH_TOKEN_URL = `http://localhost:${WITH_TOKEN_PORT}`;
export const NO_TOKEN_URL = `http://localhost:${NO_TOKEN_PORT}`;
/** The production build behind test/browser/faultProxy.ts, in front of its own fake coderd. */
export const FAULTS_PORT = PORT + 3;
export const FAULTS_URL = `http://localhost:${FAULTS_PORT}`;
export const FAULT_PROXY_PORT = PORT + 8;
export const FAULTS_CODERD_PORT = PORT + 9;
/**
 * The production build proxying to a fake coderd of test/browser/rows-first.spec.ts's own (so it
 * never shares one with deployed.spec.ts, which starts and stops its own).
 */
export const ROWS_PORT = PORT + 4;
export const ROWS_URL = `http://localhost:${ROWS_PORT}`;
export const ROWS_CODERD_PORT = PORT + 10;
/** Flags for Debian's Chromium on these machines (shared with test/screenshots.mjs). */
export const CHROMIUM_ARGS: string[] = chromiumArgs;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/playwright",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
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
  webServer: [
    {
      command: `npx vite preview --mode demo --port ${PORT} --strictPort`,
      cwd: "../..",
      url: `http://localhost:${PORT}/workspaces`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${WITH_TOKEN_PORT} --strictPort`,
      cwd: "../..",
      url: `${WITH_TOKEN_URL}/workspaces`,
      env: { CODER_URL: `http://127.0.0.1:${FAKE_CODERD_PORT}`, CODER_SESSION_TOKEN: FAKE_TOKEN },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${NO_TOKEN_PORT} --strictPort`,
      cwd: "../..",
      url: `${NO_TOKEN_URL}/workspaces`,
      env: { CODER_URL: `http://127.0.0.1:${FAKE_CODERD_PORT}`, CODER_SESSION_TOKEN: "" },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${ROWS_PORT} --strictPort`,
      cwd: "../..",
      url: `${ROWS_URL}/favicon.svg`,
      env: {
        CODER_URL: `http://127.0.0.1:${ROWS_CODERD_PORT}`,
        CODER_SESSION_TOKEN: FAKE_TOKEN,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${FAULTS_PORT} --strictPort`,
      cwd: "../..",
      url: `${FAULTS_URL}/favicon.svg`,
      env: {
        CODER_URL: `http://127.0.0.1:${FAULT_PROXY_PORT}`,
        CODER_SESSION_TOKEN: FAKE_TOKEN,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
