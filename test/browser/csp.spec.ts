import { expect, test, type Page } from "@playwright/test";
import { openMoreFilters } from "./folds";
import { startProductionServer, type ProductionServer } from "./productionServer";

// The production build's Content Security Policy must block nothing the dashboard does: the inline
// early-fetch script (allowed by hash), the app's modules, the list worker, Emotion's styles, icons.
test.describe.configure({ mode: "serial" });

let prod: ProductionServer;
test.beforeAll(async () => {
  prod = await startProductionServer(11);
});
test.afterAll(async () => {
  await prod.close();
});

async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ...console,
  ];
}

/** Records what happens to the early request: sent by index.html, then taken (or aborted). */
async function traceEarlyRequest(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __earlyLog: string[] }).__earlyLog = log;
    let current: unknown;
    Object.defineProperty(window, "__earlyWorkspaces", {
      configurable: true,
      get: () => current,
      set: (value: { url: string; abort?: () => void } | undefined) => {
        if (value) {
          log.push(`sent ${value.url}`);
          const abort = value.abort;
          value.abort = () => {
            log.push("aborted");
            abort?.();
          };
        } else if (current) {
          log.push("handed over");
        }
        current = value;
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as { __earlyLog: string[] }).__earlyLog);
}

test("the list, a filter (through the worker) and a detail page run under the policy", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const early = await traceEarlyRequest(page);
  const response = await page.goto(`${prod.url}/workspaces`);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  expect(policy).toContain("connect-src 'self'");
  // The preview sends the same policy as a header, with what only a header can carry: the browser
  // enforces both, and the app runs under both.
  expect(response?.headers()["content-security-policy"]).toBe(
    `${policy ?? ""}; frame-ancestors 'none'`,
  );

  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  // The inline script ran (its hash is allowed) and the app took its answer, unaborted.
  // It asks for the first page only, as the app's own first request would.
  expect(await early()).toEqual(["sent /api/v2/workspaces?limit=50", "handed over"]);
  expect(prod.coderd.requests[0]).toBe("/api/v2/workspaces?limit=50");

  // A filtered list is fetched by the Web Worker (a module worker from 'self').
  await openMoreFilters(page);
  await page.getByLabel("Status", { exact: true }).selectOption("failed");
  await expect(table).toHaveAttribute("aria-busy", "false");
  await expect(table.getByRole("link", { name: "ml-training", exact: true })).toBeVisible();
  expect(prod.coderd.requests).toContainEqual(expect.stringContaining("status%3Afailed"));
  expect(page.workers().length).toBeGreaterThan(0);

  await table.getByRole("link", { name: "ml-training", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ml-training" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("a detail page loaded directly (lazy chunk, icons) runs under the policy", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto(`${prod.url}/workspaces`);
  await page.getByRole("link", { name: "api-server", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("the policy does block what it should: an injected inline script does not run", async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto(`${prod.url}/workspaces`);
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).join("\n")).toMatch(/script-src/);
});

test("no page may frame the dashboard (frame-ancestors, sent as a header)", async ({ page }) => {
  const refusals: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("frame-ancestors")) refusals.push(m.text());
  });
  const before = prod.coderd.requests.length;
  await page.setContent(`<iframe src="${prod.url}/workspaces"></iframe>`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  expect(framed?.url()).not.toBe(`${prod.url}/workspaces`);
  // Its inline script never ran: the early list request was not sent.
  expect(prod.coderd.requests.length).toBe(before);
});
