import { expect, test } from "@playwright/test";
import { startProductionServer, type ProductionServer } from "./productionServer";

// Another site open in the same browser must not reach coderd through the preview proxy, whose
// requests carry the server-side token. Real Chromium sends the Origin and Sec-Fetch-Site headers.
test.describe.configure({ mode: "serial" });

let prod: ProductionServer;
test.beforeAll(async () => {
  prod = await startProductionServer(13);
});
test.afterAll(async () => {
  await prod.close();
});

/** Fetches (CORS, no-cors, a POST) and an image from the page to `target`; what the page saw. */
async function probe(page: import("@playwright/test").Page, target: string) {
  return page.evaluate(async (url) => {
    const results: string[] = [];
    for (const init of [
      { mode: "cors" as const },
      { mode: "no-cors" as const },
      { mode: "cors" as const, method: "POST", body: "{}" },
    ]) {
      try {
        const res = await fetch(url, init);
        results.push(`${init.mode}:${res.type}:${res.status}`);
      } catch {
        results.push(`${init.mode}:blocked`);
      }
    }
    await new Promise<void>((resolve) => {
      const img = new Image();
      img.onload = img.onerror = () => resolve();
      img.src = url;
    });
    return results;
  }, target);
}

test("a page of another site (127.0.0.1 vs localhost) cannot use the proxy", async ({ page }) => {
  const before = prod.coderd.requests.length;
  const other = prod.url.replace("localhost", "127.0.0.1");
  await page.goto(`${other}/favicon.svg`);
  const results = await probe(page, `${prod.url}/api/v2/workspaces`);
  expect(results).not.toContain("cors:basic:200");
  expect(prod.coderd.requests.length).toBe(before);
});

test("a page of the same site on another port (same-site) cannot use it either", async ({
  page,
  baseURL,
}) => {
  const before = prod.coderd.requests.length;
  // The demo build, http://localhost:<PORT_BASE>: same site as the proxy, another origin.
  await page.goto(`${baseURL ?? ""}/favicon.svg`);
  await probe(page, `${prod.url}/api/v2/workspaces`);
  expect(prod.coderd.requests.length).toBe(before);
});

test("the dashboard itself still gets through, and refusals read as JSON", async ({ page }) => {
  await page.goto(`${prod.url}/workspaces`);
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  const refused = await page.evaluate(async () => {
    const res = await fetch("/api/v2/users/me");
    const body = (await res.json()) as Record<string, unknown>;
    return { status: res.status, keys: Object.keys(body), message: typeof body.message };
  });
  expect(refused).toEqual({ status: 403, keys: ["message"], message: "string" });
  expect(prod.coderd.requests).not.toContain("/api/v2/users/me");
});

test("a WebSocket to /api fails at once (answered and closed) and never reaches coderd", async ({
  page,
}) => {
  await page.goto(`${prod.url}/favicon.svg`);
  const before = prod.coderd.requests.length;
  const outcome = await page.evaluate(
    async (url) => {
      const started = performance.now();
      return new Promise<{ event: string; ms: number }>((resolve) => {
        const ws = new WebSocket(url);
        const done = (event: string) => resolve({ event, ms: performance.now() - started });
        ws.onopen = () => done("open");
        ws.onclose = () => done("close");
        setTimeout(() => done("still pending"), 5000);
      });
    },
    `${prod.url.replace(/^http/, "ws")}/api/v2/workspaces`,
  );
  expect(outcome.event).toBe("close");
  expect(outcome.ms).toBeLessThan(2000);
  expect(prod.coderd.requests.length).toBe(before);
});
