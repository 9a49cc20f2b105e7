import { expect, test, type Page } from "@playwright/test";
import { FAKE_TOKEN, FAULT_PROXY_PORT, FAULTS_CODERD_PORT, FAULTS_URL } from "./playwright.config";
import { startFaultProxy, type FaultProxy } from "./faultProxy";
import { startFakeCoderd, type FakeCoderd } from "../fake-coderd/server";

// The production build (the list fetched by index.html first, then in the Web Worker) behind a proxy
// that injects one fault at a time. The page's clock is Playwright's: time runs on its own, and
// `advance` jumps it ahead in small steps so polls, retries and deadlines come in seconds, not minutes.
test.describe.configure({ mode: "serial", timeout: 120_000 });

let coderd: FakeCoderd;
let proxy: FaultProxy;
test.beforeAll(async () => {
  coderd = await startFakeCoderd({ port: FAULTS_CODERD_PORT, token: FAKE_TOKEN });
  proxy = await startFaultProxy({ port: FAULT_PROXY_PORT, target: coderd.url });
});
test.afterEach(() => proxy.clear());
test.afterAll(async () => {
  await proxy.close();
  await coderd.close();
});

const listRequests = () =>
  proxy.requests.filter((r) => new URL(r, "http://x").pathname === "/api/v2/workspaces").length;

/** Moves the page's clock ahead 2 s at a time until `done` holds (real time passes in between). */
async function advanceUntil(page: Page, done: () => Promise<boolean> | boolean, step = 2_000) {
  await expect
    .poll(
      async () => {
        if (await done()) return true;
        await page.clock.runFor(step);
        return done();
      },
      { timeout: 60_000, intervals: [100, 250, 500] },
    )
    .toBe(true);
}

async function openList(page: Page) {
  await page.clock.install();
  await page.goto(`${FAULTS_URL}/workspaces`);
  // The first load is slow on a busy machine.
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(/^Updated /)).toBeVisible();
}

/** Polling resumes by itself: more list requests arrive and the data is fresh again. */
async function expectRecovery(page: Page) {
  const before = listRequests();
  await advanceUntil(
    page,
    async () => listRequests() > before && (await page.getByText("Updated just now").isVisible()),
  );
  await expect(page.getByText(/^Showing (data from|earlier data)/)).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
}

test("a hung list request: 'refreshing…' ends at the deadline, a warning says so, polling resumes", async ({
  page,
}) => {
  await openList(page);
  proxy.set({ kind: "hang" });
  await advanceUntil(page, () => proxy.hung > 0);
  await expect(page.getByText(/· refreshing…/)).toBeVisible();

  // The deadline aborts it (and its one retry): the message says so, and the rows stay.
  await advanceUntil(page, () =>
    page
      .getByText(/the latest refresh failed \(The server did not answer within \d+ s\.\)/)
      .isVisible(),
  );
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();

  // Still hanging: the next poll goes out anyway, since nothing is in flight any more.
  const before = listRequests();
  await advanceUntil(page, () => listRequests() > before);

  proxy.clear();
  await expectRecovery(page);

  // Polls leave no trail: one performance mark, a bounded resource timeline.
  const trail = await page.evaluate(() => ({
    marks: performance.getEntriesByName("workspaces:response").length,
    resources: performance.getEntriesByType("resource").length,
  }));
  expect(trail.marks).toBeLessThanOrEqual(1);
  expect(trail.resources).toBeLessThanOrEqual(150);
});

test("a coderd that pages: the first page shows at once, the rest loads behind it with visible progress", async ({
  page,
}) => {
  // The chunks after the first page are held until the proxy clears (then dropped, and asked again).
  proxy.set({ kind: "hang" }, "chunks");
  await page.clock.install();
  await page.goto(`${FAULTS_URL}/workspaces`);
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table.getByRole("link", { name: "api-server", exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await expect(table.locator("tbody tr")).toHaveCount(50);
  // The total as the fake coderd counts it.
  const answer = await fetch(`${coderd.url}/api/v2/workspaces?limit=1`, {
    headers: { "Coder-Session-Token": FAKE_TOKEN },
  });
  const total = ((await answer.json()) as { count: number }).count;
  const progress = page.getByRole("progressbar", { name: "Workspaces loaded" });
  await expect(progress).toHaveAttribute("aria-valuetext", `50 of ${total} workspaces loaded`);
  await expect(page.getByText(`Showing 1–50 of ${total} workspaces`)).toBeVisible();
  await expect(
    page.getByText(/The overview counts those so far; export waits for all\./),
  ).toBeVisible();
  const first = proxy.requests.find((r) => r.startsWith("/api/v2/workspaces?"));
  expect(first).toBe("/api/v2/workspaces?limit=50");

  proxy.clear();
  await advanceUntil(page, () => progress.isHidden());
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeVisible();
  await expect(page.getByText(`Showing 1–50 of ${total} workspaces`)).toBeVisible();
  await expect(page.getByText(/every workspace was read/)).toBeVisible();

  // Whole: the next refreshes ask by id and for the count, never the fleet again.
  const before = proxy.requests.length;
  await page.clock.runFor(35_000);
  await advanceUntil(page, () => proxy.requests.length > before + 2);
  const since = proxy.requests.slice(before).filter((r) => r.startsWith("/api/v2/workspaces?"));
  expect(since.some((r) => /q=[^&]*id%3A/.test(r))).toBe(true);
  expect(since).toContain("/api/v2/workspaces?limit=1");
  expect(since.filter((r) => /offset=/.test(r) || r.endsWith("limit=50"))).toEqual([]);
});

test("a redeploy removed the worker chunk: the list keeps polling from the page, and a banner offers the new version", async ({
  page,
}) => {
  await page.route(/\/assets\/listWorker-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 404, body: "Not found" }),
  );
  // The new deployment's index.html names a new entry script.
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /\/assets\/index-[^"]+\.js/,
        "/assets/index-NEWBUILD.js",
      );
      await route.fulfill({ response, body: html });
    },
  );
  await openList(page);
  const before = listRequests();
  await advanceUntil(page, () =>
    page.getByText("A new version of the dashboard is available").isVisible(),
  );
  await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
  await expect(page.getByText(/the list keeps updating, loaded by this page/)).toBeVisible();

  // The refetch that found the worker gone went out from the page instead, and polling goes on.
  await advanceUntil(page, () => listRequests() > before + 1);
  await expect(page.getByText(/^Updated /)).toBeVisible();
  await expect(page.getByText(/^Showing (data from|earlier data)/)).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
});

const malformed: [string, string, string?][] = [
  ['{"workspaces":"x"}', '{"workspaces":"x"}'],
  ["{}", "{}"],
  ["null", "null"],
  ["truncated JSON", '{"workspaces":[{"id":"7f9c'],
  ["an HTML page", "<!doctype html><title>Welcome</title><p>Hello", "text/html"],
];

test("malformed 200 bodies keep the earlier rows with a warning, then recover", async ({
  page,
}) => {
  await openList(page);
  for (const [, body, contentType] of malformed) {
    proxy.set({ kind: "body", body, contentType });
    await advanceUntil(page, () =>
      page
        .getByText(
          /^Showing (earlier data|data from .* ago): the latest refresh failed \(The server's answer to \/api\/v2\/workspaces was not/,
        )
        .isVisible(),
    );
    await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
    await expect(page.getByText("No workspaces yet")).toBeHidden();
    proxy.clear();
    await expectRecovery(page);
  }
});

test("a malformed first answer (from index.html's early request) is an error, never an empty fleet", async ({
  page,
}) => {
  proxy.set({ kind: "body", body: "{}" });
  await page.clock.install();
  await page.goto(`${FAULTS_URL}/workspaces`);
  await advanceUntil(page, () =>
    page.getByText(/Couldn't load workspaces yet \(.*\)\. Retrying \(\d of 4\)…/).isVisible(),
  );
  await advanceUntil(page, () =>
    page.getByRole("alert").filter({ hasText: "Couldn't load workspaces" }).isVisible(),
  );
  await expect(page.getByText("No workspaces yet")).toBeHidden();
  proxy.clear();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
});

test("the server down, then back: earlier rows with a warning, then fresh data by itself", async ({
  page,
}) => {
  await openList(page);
  proxy.set({ kind: "down" }, "all");
  await advanceUntil(page, () =>
    page
      .getByText(/^Showing (earlier data|data from .* ago): the latest refresh failed/)
      .isVisible(),
  );
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  proxy.clear();
  await expectRecovery(page);
});

test("a 500 on a workspace's page keeps it on screen; it polls again once settled", async ({
  page,
}) => {
  await openList(page);
  await page.getByRole("link", { name: "api-server", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  const detailRequests = () =>
    proxy.requests.filter((r) => r.startsWith("/api/v2/workspaces/")).length;
  const before = detailRequests();
  await advanceUntil(page, () => detailRequests() > before);
  proxy.set(
    {
      kind: "status",
      status: 500,
      body: '{"message":"Internal error."}',
      contentType: "application/json",
    },
    "detail",
  );
  await advanceUntil(page, () =>
    page
      .getByText(
        /^Showing (earlier data|data from .* ago): the latest refresh failed \(Internal error\./,
      )
      .isVisible(),
  );
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  proxy.clear();
  await advanceUntil(page, () => page.getByText(/^Updated just now/).isVisible());
  await expect(page.getByText(/^Showing (data from|earlier data)/)).toBeHidden();
});
