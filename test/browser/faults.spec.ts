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
      .getByText(
        /the (latest refresh|refresh of [^(]+) failed \(The server did not answer within \d+ s\.\)/,
      )
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

test("a hang with builds in progress on screen: flagged once they are about 15 s old, naming them", async ({
  page,
}) => {
  // Sorted by status, the first page holds builds in progress (coderd's order puts running first).
  await page.clock.install();
  await page.goto(`${FAULTS_URL}/workspaces?sort=status`);
  // Whole and refreshed in parts: builds in progress on screen are asked again every 5 s.
  await advanceUntil(page, () => page.getByText(/every workspace was read/).isVisible());
  await advanceUntil(page, () => page.getByText("Updated just now").isVisible(), 1_000);
  proxy.set({ kind: "hang" });
  // One step a second: the warning's own age is read the first time it shows.
  const warning = page.getByText(/^Showing data from \d+ s ago for the /);
  await advanceUntil(page, () => warning.isVisible(), 1_000);
  const text = (await warning.textContent()) ?? "";
  const seen =
    /^Showing data from (\d+) s ago for the (?:build|\d+ builds) in progress on screen \((.+)\), refreshed every 5 s: .+\.$/.exec(
      text,
    );
  expect(seen, text).not.toBeNull();
  // Flagged at 15 s old plus the step that showed it, never the idle cadence's 60 s.
  expect(Number(seen?.[1])).toBeGreaterThanOrEqual(15);
  expect(Number(seen?.[1])).toBeLessThanOrEqual(20);
  // The rows it names are the list's own, on screen.
  const named = (seen?.[2] ?? "").split(/, (?:and \d+ more)?/).filter(Boolean);
  expect(named.length).toBeGreaterThan(0);
  const table = page.getByRole("table", { name: "Workspaces" });
  for (const name of named) {
    // Names are not unique (owners pick their own): one such row on screen is enough.
    await expect(table.getByRole("link", { name, exact: true }).first()).toBeVisible();
  }
  proxy.clear();
  await advanceUntil(page, () => page.getByText("Updated just now").isVisible());
  await expect(warning).toBeHidden();
});

/** Makes the page hidden or visible as a switched tab would, and tells it. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, "visibilityState", {
      configurable: true,
      get: () => (h ? "hidden" : "visible"),
    });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => h });
    // As a browser does: at the document, bubbling to the window (where React Query listens).
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

test("back after an hour hidden: everything is asked again at once, and the page says how long it was away until it has", async ({
  page,
}) => {
  await openList(page);
  await advanceUntil(page, () => page.getByText(/every workspace was read/).isVisible());
  await setHidden(page, true);
  const hiddenAt = proxy.requests.length;
  await page.clock.fastForward("01:00:00");
  // Hidden, nothing polls.
  await page.clock.runFor(30_000);
  expect(proxy.requests.slice(hiddenAt)).toEqual([]);

  // The answers are held, so the page can be seen while they are out.
  proxy.set({ kind: "hang" });
  const back = proxy.requests.length;
  await setHidden(page, false);
  await expect(page.getByText(/^Updated 1 h ago · updating after 1 h away…$/)).toBeVisible();
  // At once: the whole fleet (its first page) and the refreshes by id and count, before any poll is due.
  await expect.poll(() => proxy.hung).toBeGreaterThanOrEqual(3);
  const sent = proxy.requests.slice(back);
  expect(sent).toContain("/api/v2/workspaces?limit=50");
  expect(sent).toContain("/api/v2/workspaces?limit=1");
  expect(sent.some((r) => /q=[^&]*id%3A/.test(r))).toBe(true);

  proxy.clear();
  await advanceUntil(page, () => page.getByText(/^Updated just now$/).isVisible());
  await expect(page.getByText(/away…/)).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
});

test("a sleep with the tab on screen: the clock jumps an hour, everything is asked again, and the page says so", async ({
  page,
}) => {
  await openList(page);
  await advanceUntil(page, () => page.getByText(/every workspace was read/).isVisible());
  proxy.set({ kind: "hang" });
  const before = proxy.requests.length;
  // A sleeping machine runs no timer: each fires once, late, when it wakes.
  await page.clock.fastForward("01:00:00");
  await expect(page.getByText(/ · updating after 1 h away…$/)).toBeVisible();
  await expect.poll(() => proxy.requests.slice(before)).toContain("/api/v2/workspaces?limit=50");
  proxy.clear();
  await advanceUntil(page, () => page.getByText(/^Updated just now$/).isVisible());
  await expect(page.getByText(/away…/)).toBeHidden();
});

test("at 1,200 workspaces, the rows the worker hands over a few hundred at a time are every row: the last page is coderd's", async ({
  page,
}) => {
  await coderd.close();
  coderd = await startFakeCoderd({ port: FAULTS_CODERD_PORT, token: FAKE_TOKEN, size: 1_200 });
  try {
    const ask = async (params: string) => {
      const answer = await fetch(`${coderd.url}/api/v2/workspaces?${params}`, {
        headers: { "Coder-Session-Token": FAKE_TOKEN },
      });
      return (await answer.json()) as { count: number; workspaces: { id: string }[] };
    };
    const { count } = await ask("limit=1");
    const lastPage = Math.ceil(count / 50);
    const expected = (await ask(`offset=${(lastPage - 1) * 50}&limit=50`)).workspaces.map(
      (w) => w.id,
    );
    await page.goto(`${FAULTS_URL}/workspaces?page=${lastPage}`);
    const first = ((lastPage - 1) * 50 + 1).toLocaleString("en");
    await expect(
      page.getByText(
        `Showing ${first}–${count.toLocaleString("en")} of ${count.toLocaleString("en")} workspaces`,
      ),
    ).toBeVisible({ timeout: 30_000 });
    const table = page.getByRole("table", { name: "Workspaces" });
    await expect(table).toHaveAttribute("aria-busy", "false");
    const shown = await table
      .locator("tbody tr a.ws-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("data-workspace-id")));
    expect(shown).toEqual(expected);
  } finally {
    await coderd.close();
    coderd = await startFakeCoderd({ port: FAULTS_CODERD_PORT, token: FAKE_TOKEN });
  }
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
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled();
  await expect(page.getByText(`Showing 1–50 of ${total} workspaces`)).toBeVisible();
  await expect(page.getByText(/every workspace was read/)).toBeVisible();

  // Whole: the next refreshes ask by id and for the count, never the fleet again.
  // (Each goes through the list worker: they reach the proxy in no set order.)
  const before = proxy.requests.length;
  const since = () =>
    proxy.requests.slice(before).filter((r) => r.startsWith("/api/v2/workspaces?"));
  await page.clock.runFor(35_000);
  await advanceUntil(
    page,
    () =>
      since().some((r) => /q=[^&]*id%3A/.test(r)) && since().includes("/api/v2/workspaces?limit=1"),
  );
  expect(since().filter((r) => /offset=/.test(r) || r.endsWith("limit=50"))).toEqual([]);
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
          /^Showing (earlier data|data from [^:]*): the (latest refresh|refresh of [^(]+) failed \(The server's answer to \/api\/v2\/workspaces was not/,
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
      .getByText(
        /^Showing (earlier data|data from [^:]*): the (latest refresh|refresh of [^(]+) failed/,
      )
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

test("a blip while the overview's code loads: it is asked again, and the list stays", async ({
  page,
}) => {
  let refused = 0;
  // A retry may carry a query (?retry=1): a browser that keeps a failed import's outcome would not
  // ask for the same URL again.
  await page.route(/\/assets\/FleetOverview-[^/?]*\.js(\?.*)?$/, async (route) => {
    if (refused < 2) {
      refused++;
      await route.abort("connectionreset");
    } else await route.continue();
  });
  await openList(page);
  // The overview has come: its Needs attention link is in its first line, folded or open.
  await advanceUntil(page, () =>
    page.getByRole("link", { name: /^Needs attention \([\d,]+\)/ }).isVisible(),
  );
  expect(refused).toBe(2);
  await expect(page.getByText("This page hit an error")).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
});

test("a chunk gone after a redeploy: the part says so, the list stays, and a reload is offered", async ({
  page,
}) => {
  await page.route(/\/assets\/FleetOverview-[^/?]*\.js(\?.*)?$/, (route) =>
    route.fulfill({ status: 404, body: "Not found" }),
  );
  // The server now serves a newer build: its index.html names another entry script.
  await page.route(`${FAULTS_URL}/`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><script type="module" src="/assets/index-redeployed.js"></script>',
    }),
  );
  await openList(page);
  await advanceUntil(page, () => page.getByText(/fleet overview could not be loaded/).isVisible());
  await expect(page.getByText("This page hit an error")).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  await expect(page.getByText(/A new version of the dashboard is available/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
});

const byIdRequests = () =>
  proxy.requests.filter((r) => /[?&]q=[^&]*id%3A/.test(r) || /[?&]q=[^&]*id:/.test(r));

test("a coderd without id: refuses the refresh by id: the rows stay, no 'fix the search', the fleet is read whole", async ({
  page,
}) => {
  proxy.set(
    {
      kind: "status",
      status: 400,
      body: JSON.stringify({
        message: "Invalid workspace search query.",
        validations: [{ field: "id", detail: '"id" is not a valid query param' }],
      }),
      contentType: "application/json",
    },
    "ids",
  );
  await openList(page);
  await advanceUntil(page, () => page.getByRole("button", { name: "Download CSV" }).isEnabled());
  // The rows on screen are asked by id within 30 s; coderd refuses the term.
  await advanceUntil(page, () => byIdRequests().length > 0);
  await advanceUntil(page, () =>
    page.getByText(/This server does not take the id: refreshes/).isVisible(),
  );
  await expect(page.getByText(/Fix the search above/)).toBeHidden();
  await expect(page.getByText(/is not a valid query param/)).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Workspaces" }).locator("tbody tr")).toHaveCount(50);

  // No refresh by id again: two minutes later, none more went out.
  const refused = byIdRequests().length;
  await page.clock.runFor(120_000);
  await advanceUntil(page, () => page.getByText(/^Updated /).isVisible());
  expect(byIdRequests().length).toBe(refused);
});

test("a server that ignores limit is read whole once a minute (150 workspaces), and the page says so", async ({
  page,
}) => {
  proxy.set({ kind: "ignore-limit" }, "list");
  const idsBefore = byIdRequests().length;
  await openList(page);
  await expect(
    page.getByText(
      "This server sends the whole fleet at once (it ignores paging); it is refreshed every 1 min.",
    ),
  ).toBeVisible();
  // Ten minutes of polling: about one whole read a minute (polled like a small fleet, it was one
  // every 5-30 s), and never a chunk or a refresh by id.
  const before = listRequests();
  const bytesBefore = proxy.listBytes;
  for (let i = 0; i < 20; i++) await page.clock.runFor(30_000);
  await advanceUntil(page, () => listRequests() > before + 8);
  const reads = listRequests() - before;
  expect(reads).toBeLessThanOrEqual(11);
  const perRead = (proxy.listBytes - bytesBefore) / reads;
  // At 7,000 workspaces a read is 7,000/150 times bigger, and comes every 400 ms a workspace.
  const perMinuteAt7000 = ((perRead * 7_000) / 150 / (7_000 * 400)) * 60_000;
  console.log(
    `ignore-limit: ${reads} reads in 10 min, ${(perRead / 1e6).toFixed(2)} MB each at 150; ` +
      `at 7,000: ${(perMinuteAt7000 / 1e6).toFixed(2)} MB/min`,
  );
  expect(perMinuteAt7000).toBeLessThanOrEqual(16e6);
  expect(byIdRequests().slice(idsBefore)).toEqual([]);
});

test("a 429 with Retry-After: 120 holds every request for two minutes, and the page says when it asks again", async ({
  page,
}) => {
  await openList(page);
  proxy.set(
    {
      kind: "status",
      status: 429,
      body: '{"message":"Rate limit exceeded."}',
      contentType: "application/json",
      headers: { "Retry-After": "120" },
    },
    "all",
  );
  // The next poll meets the 429; anything sent before the page has read it meets it too.
  const before = proxy.requests.length;
  await advanceUntil(page, () => proxy.requests.length > before, 1_000);
  await page.waitForTimeout(1_000);
  // The server is fine again, but asked to be left alone for two minutes: nothing goes out.
  proxy.clear();
  const held = proxy.requests.length;
  for (let i = 0; i < 10; i++) await page.clock.runFor(10_000);
  expect(proxy.requests.slice(held)).toEqual([]);
  await expect(
    page.getByText(/coderd asked for fewer requests \(429[^)]*\): the dashboard asks again at /),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  // Once the two minutes are over, polling resumes by itself.
  await advanceUntil(page, () => proxy.requests.length > held, 5_000);
  await expectRecovery(page);
});

/** Records every long task's duration from now on (real time: no fake clock in these tests). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: "longtask" });
  });
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

/** 5 MB of unclosed `<script>` tags behind a heading: once seconds of regex per failed request. */
const HUGE_HTML_500 = `<h1>Internal Server Error</h1>${"<script>".repeat((5 * 1024 * 1024) / 8)}`;

test("a 5 MB HTML error page: no task over 200 ms, the error shows, the page stays on screen", async ({
  page,
}) => {
  await page.goto(`${FAULTS_URL}/workspaces`);
  await page.getByRole("link", { name: "api-server", exact: true }).click({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  await watchLongTasks(page);
  // Every request, the detail's (main thread) and the list's (worker), answers the huge page.
  proxy.set({ kind: "status", status: 500, body: HUGE_HTML_500, contentType: "text/html" }, "all");
  await expect(
    page.getByText(
      /^Showing (earlier data|data from .* ago): the latest refresh failed \(The server answered 500/,
    ),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  // The page still answers input at once.
  await page.getByRole("link", { name: "All workspaces" }).focus();
  await expect(page.getByRole("link", { name: "All workspaces" })).toBeFocused();
  // The 200 ms budget is a figure to print, not a timed assertion: on a shared 2-core machine other
  // work (the page's own polls and renders, the other test worker) lands in the same window.
  const tasks = await longTasks(page);
  console.log(`5 MB HTML error page: long tasks ${tasks.join(", ") || "none"} ms`);
});

// The budgets (first screen within 1 s, no task over 200 ms) are figures the bench measures on a quiet
// machine (`npm run bench`, README); here they are printed, and what a user sees is asserted.
test.describe("thousands of agents", () => {
  test.afterEach(() => coderd.setAgentCount("api-server", undefined));

  test("a workspace with 1,000 agents: a screenful, unhealthy first, a count, more and a filter", async ({
    page,
  }) => {
    coderd.setAgentCount("api-server", 1_000);
    await page.goto(`${FAULTS_URL}/workspaces`);
    const link = page.getByRole("link", { name: "api-server", exact: true });
    await expect(link).toBeVisible({ timeout: 20_000 });
    await watchLongTasks(page);
    // From the click to the agents' first screen, timed in the page.
    const elapsed = await page.evaluate(async () => {
      const a = [...document.querySelectorAll("a")].find((el) => el.textContent === "api-server");
      const started = performance.now();
      a?.click();
      await new Promise<void>((resolve) => {
        const check = () =>
          document.body.textContent.includes("of 1,000 agents, unhealthy first")
            ? resolve()
            : requestAnimationFrame(check);
        check();
      });
      return performance.now() - started;
    });
    // A few cards paint first, the rest of the screenful in a render that yields.
    await expect(page.getByText("Showing 10 of 1,000 agents, unhealthy first")).toBeVisible();
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(10);
    await expect(page.getByRole("heading", { level: 4 }).first()).toHaveText("Agent agent-1");
    // A screenful more, and a filter, stay quick too.
    await page.getByRole("button", { name: "Show 10 more" }).click();
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(20);
    await page.getByRole("textbox", { name: "Filter agents" }).fill("agent-99");
    await expect(page.getByText("11 of 1,000 agents match; showing 10")).toBeVisible();
    await expect(page.getByRole("heading", { level: 4 })).toHaveCount(10);
    const tasks = await longTasks(page);
    console.log(
      `1,000 agents: first screen ${Math.round(elapsed)} ms; long tasks ${tasks.join(", ") || "none"} ms`,
    );
  });

  test("a 10,000-agent workspace in the list: its row, its health counting every agent, a sort", async ({
    page,
  }) => {
    coderd.setAgentCount("api-server", 10_000);
    await page.goto(`${FAULTS_URL}/workspaces`);
    await watchLongTasks(page);
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "api-server", exact: true }) });
    await expect(row).toBeVisible({ timeout: 30_000 });
    await expect(row.getByRole("button", { name: /Unhealthy/ })).toBeVisible();
    // The health tip names a few agents and counts the rest.
    await expect(row.getByRole("tooltip", { includeHidden: true })).toContainText(
      "and 4,995 more unhealthy agents",
    );
    // The list keeps a few of them; the workspace's own page reads them all.
    await row.getByRole("link", { name: "api-server", exact: true }).click();
    await expect(page.getByText("Showing 10 of 10,000 agents, unhealthy first")).toBeVisible({
      timeout: 30_000,
    });
    await page.goBack();
    // A sort re-renders every row.
    await page.getByRole("button", { name: "Status" }).click();
    await expect(page).toHaveURL(/sort=status/);
    await expect(page.getByRole("table", { name: "Workspaces" }).locator("tbody tr")).toHaveCount(
      50,
    );
    const tasks = await longTasks(page);
    console.log(`10,000 agents in the list: long tasks ${tasks.join(", ") || "none"} ms`);
  });
});
