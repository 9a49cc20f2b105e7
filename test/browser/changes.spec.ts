import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { startProductionServer, type ProductionServer } from "./productionServer";

// Changes since you looked, on the production build behind its own fake coderd (ports PORT_BASE+5
// and +6): workspaces move on the server while the page is closed, and the page that opens next
// marks them, lists them in the Changes view, counts new problems in the title and the tab's icon.
// Screenshots of the marked rows and of the Changes view; one figure at 5,000 workspaces.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const SHOTS = new URL("../screenshots/", import.meta.url).pathname;
const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function fleetSeen(page: Page, url: string) {
  await page.goto(url);
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table).toHaveAttribute("aria-busy", "false", { timeout: 30_000 });
  // The rows on screen are the whole fleet's (they follow its chunks in a render that yields).
  await expect(page.getByText(/^All [\d,]+ workspaces loaded\./)).toBeVisible({ timeout: 60_000 });
  // The whole fleet was looked at once: what this visit saw is stored.
  await page.waitForFunction(
    () => Object.keys(localStorage).some((k) => k.startsWith("coder-dashboard.changes.seen:")),
    undefined,
    { timeout: 60_000 },
  );
  return table;
}

/** The rows on screen by their status words, to move workspaces the screenshots will show. */
async function rowsOnScreen(page: Page): Promise<{ name: string; status: string }[]> {
  return page.getByRole("table", { name: "Workspaces" }).evaluate((table) =>
    [...table.querySelectorAll("tbody tr")].map((tr) => ({
      name: tr.querySelector("a.ws-link")?.textContent ?? "",
      status: tr.querySelector(".status-cell")?.textContent ?? "",
    })),
  );
}

test.describe("changes since the last visit", () => {
  let prod: ProductionServer;
  test.beforeAll(async () => {
    prod = await startProductionServer(5);
  });
  test.afterAll(async () => {
    await prod.close();
  });

  test("moves on the server are marked, listed, counted in the title and icon; mark all as seen", async ({
    page,
  }) => {
    const cspErrors: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    await fleetSeen(page, `${prod.url}/workspaces?sort=name`);
    const rows = await rowsOnScreen(page);
    const running = rows.filter((r) => /^Running$/.test(r.status)).map((r) => r.name);
    const [failed, unhealthy, stopped] = running;
    const started = rows.find((r) => r.status.startsWith("Stopped"))?.name;
    if (!failed || !unhealthy || !stopped || !started)
      throw new Error(`too few rows: ${JSON.stringify(rows.slice(0, 12))}`);

    // The page goes away (what it showed is what the user saw); the fleet moves meanwhile.
    await page.goto("about:blank");
    prod.coderd.setBuildStatus(failed, "failed");
    prod.coderd.setAgentCount(unhealthy, 2);
    prod.coderd.setBuildStatus(stopped, "stopped");
    prod.coderd.setBuildStatus(started, "running");

    await page.goto(`${prod.url}/workspaces?sort=name`);
    const table = page.getByRole("table", { name: "Workspaces" });
    const row = (name: string) =>
      table.locator("tbody tr").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row(failed).getByText("New: failed")).toBeVisible({ timeout: 60_000 });
    await expect(row(stopped).getByText("New: stopped")).toBeVisible();
    await expect(row(started).getByText("New: started")).toBeVisible();
    await expect(row(unhealthy).getByText("New: unhealthy")).toBeVisible();
    const summary = page.getByRole("region", { name: "Changes since your last visit" });
    await expect(summary).toBeVisible();
    // The failure and the unhealthy agents are the new problems.
    await expect(page).toHaveTitle("(2) Workspaces · Coder dashboard");
    const icon = await page.locator('link[rel~="icon"]').getAttribute("href");
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(icon ?? "")).toContain(">2</text>");

    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // The desktop shows the summary and the first marked rows at once; a phone, a marked row.
        if (size.name === "phone") {
          await page
            .getByText(/^New: /)
            .first()
            .evaluate((el) => el.scrollIntoView({ block: "center" }));
        } else await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${SHOTS}list-changes-${size.name}-${scheme}.png` });
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The Changes view: a real route, each change with its time and a link to the workspace.
    await summary.getByRole("link", { name: "View changes" }).click();
    await expect(page).toHaveURL(/\/workspaces\/changes$/);
    const list = page.getByRole("list", { name: "Changes" });
    await expect(list.getByRole("link", { name: failed, exact: true })).toBeVisible();
    await expect(list.locator("li").filter({ hasText: failed }).locator("time")).toHaveAttribute(
      "datetime",
      /^\d{4}-\d\d-\d\dT/,
    );
    await expect(page).toHaveTitle(/^\(\d+\) Changes · Coder dashboard$/);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      const [scroll, width] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scroll, `${size.name}: no sideways scroll`).toBeLessThanOrEqual(width);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}changes-${size.name}-${scheme}.png` });
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Mark all as seen: nothing is new, the title and the icon say so. (Leaving the page would do
    // the same: the user saw it.)
    await page.getByRole("button", { name: "Mark all as seen" }).click();
    await expect(page.getByText("Nothing changed since your last visit")).toBeVisible();
    await expect(page).toHaveTitle("Changes · Coder dashboard");
    expect(await page.locator('link[rel~="icon"]').getAttribute("href")).toBe("/favicon.svg");

    // A window link, as the overview's trend makes them: the last hour still holds these changes.
    const since = new Date(Date.now() - 60 * 60_000).toISOString();
    await page.goto(`${prod.url}/workspaces/changes?since=${encodeURIComponent(since)}`);
    await expect(
      page.getByRole("list", { name: "Changes" }).getByRole("link", { name: failed, exact: true }),
    ).toBeVisible({ timeout: 60_000 });

    expect(cspErrors).toEqual([]);
  });
});

test("axe: the Changes view and the marked rows (demo build)", async ({ page, context }) => {
  // The demo build: the production build's CSP (rightly) refuses axe's injected script. What was
  // last seen is edited before the app starts, once: every workspace it lists as stopped now runs.
  await context.addInitScript(() => {
    if (sessionStorage.getItem("edited")) return;
    const key = "coder-dashboard.changes.seen:demo";
    const raw = localStorage.getItem(key);
    if (!raw) return;
    const seen = JSON.parse(raw) as { rows: Record<string, [string, string, string, number]> };
    for (const row of Object.values(seen.rows).slice(0, 12)) row[2] = "stopped";
    localStorage.setItem(key, JSON.stringify(seen));
    sessionStorage.setItem("edited", "1");
  });
  await fleetSeen(page, "/workspaces");
  await page.reload();
  await expect(page.getByText(/^New: /).first()).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "View changes" }).click();
  await expect(page.getByRole("list", { name: "Changes" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page)).toEqual([]);
});

test("5,000 workspaces: a look at the fleet adds no long task (figures printed)", async ({
  page,
}) => {
  const prod = await startProductionServer(5, { size: 5000 });
  try {
    await fleetSeen(page, `${prod.url}/workspaces`);
    const names = (await rowsOnScreen(page)).slice(0, 5).map((r) => r.name);
    await page.goto("about:blank");
    for (const name of names) prod.coderd.setBuildStatus(name, "failed");
    await page.addInitScript(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
      Object.assign(window, { longTasks: tasks });
    });
    await page.goto(`${prod.url}/workspaces`);
    await expect(page.getByText("New: failed").first()).toBeVisible({ timeout: 120_000 });
    const figures = await page.evaluate(() => {
      const max = (name: string) =>
        Math.max(0, ...performance.getEntriesByName(name).map((e) => e.duration));
      return {
        slices: performance.getEntriesByName("changes:slice").length,
        slowestSlice: max("changes:slice"),
        observe: max("changes:observe"),
        observes: performance
          .getEntriesByName("changes:observe")
          .map((e) => Math.round(e.duration)),
        longTasks: (window as unknown as { longTasks: number[] }).longTasks,
      };
    });
    const line = `changes at 5,000: ${figures.slices} slices, slowest ${figures.slowestSlice.toFixed(1)} ms; diff and store ${figures.observe.toFixed(1)} ms (each look: ${figures.observes.join(", ")}); page long tasks while loading ${JSON.stringify(figures.longTasks.map((t) => Math.round(t)))}`;
    console.log(line);
    test.info().annotations.push({ type: "figures", description: line });
    expect(figures.slices).toBeGreaterThan(0);
  } finally {
    await prod.close();
  }
});
