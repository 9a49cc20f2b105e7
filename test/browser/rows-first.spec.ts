import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { FAKE_TOKEN, ROWS_CODERD_PORT, ROWS_PORT, ROWS_URL } from "./playwright.config";
import { DEFAULT_CALLER, generateFleet } from "../../mocks/fleet";
import { startFakeCoderd, type FakeCoderd } from "../fake-coderd/server";

// Rows first, keyboard and ways out to Coder, on the production build behind a fake coderd (its
// proxy's CODER_URL is that fake), and the same-origin links on the demo build. A fresh browser
// context each test: the overview starts folded, as on a first visit.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let coderd: FakeCoderd;
test.beforeAll(async () => {
  coderd = await startFakeCoderd({ port: ROWS_CODERD_PORT, token: FAKE_TOKEN });
});
test.afterAll(async () => {
  await coderd.close();
});

const CODER = `http://127.0.0.1:${ROWS_CODERD_PORT}`;

// What coderd's own UI would open for api-server, from the fleet itself (not from the app's code).
const apiServer = generateFleet({ size: 150, caller: DEFAULT_CALLER }).find(
  (e) => e.workspace.name === "api-server",
)?.workspace;
const build = apiServer?.latest_build.build_number ?? 0;
const mainAgent = apiServer?.latest_build.resources
  .flatMap((r) => r.agents ?? [])
  .find((a) => a.apps.some((app) => app.slug === "code-server"));

async function listReady(page: Page, url: string) {
  await page.goto(url);
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
  await expect(table.locator("tbody tr").first()).toBeVisible();
  // Everything that comes after the first rows (overview, export) has arrived: the page is final.
  await expect(page.getByRole("link", { name: /Needs attention/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("button", { name: "Download JSON" })).toBeEnabled({
    timeout: 20_000,
  });
  return table;
}

test("the top bar is painted from the HTML, before any script, where the app then draws it", async ({
  browser,
}) => {
  for (const width of [1440, 390]) {
    const bars: { height: number; text: string }[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({
        viewport: { width, height: 600 },
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto(`${ROWS_URL}/workspaces`);
      if (javaScriptEnabled)
        await expect(page.getByRole("table", { name: "Workspaces" })).toBeVisible();
      const bar = page.getByRole("banner");
      await expect(bar).toContainText("Coder workspaces");
      const box = await bar.boundingBox();
      bars.push({ height: box?.height ?? 0, text: (await bar.textContent()) ?? "" });
      await context.close();
    }
    expect(bars[0]?.height, `${width} px`).toBe(bars[1]?.height);
  }
});

test("with index.html's answer in before the app's code runs, the first render draws the rows: no skeleton, no worker before them", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __skeleton: boolean; __workers: number };
    w.__skeleton = false;
    w.__workers = 0;
    new MutationObserver(() => {
      if (document.querySelector("tr.skeleton")) w.__skeleton = true;
    }).observe(document, { subtree: true, childList: true });
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        if (!document.querySelector("table tbody a.ws-link")) w.__workers++;
      }
    };
  });
  // The app's code waits for the early answer to have arrived whole.
  let answered = () => {};
  const early = new Promise<void>((resolve) => (answered = resolve));
  page.on("requestfinished", (request) => {
    if (request.url().includes("/api/v2/workspaces?limit=")) answered();
  });
  await page.route("**/assets/index-*.js", async (route) => {
    await early;
    await route.continue();
  });
  const table = await listReady(page, `${ROWS_URL}/workspaces`);
  await expect(table.locator("tbody a.ws-link").first()).toBeVisible();
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __skeleton: boolean; __workers: number };
    return { skeleton: w.__skeleton, workersBeforeRows: w.__workers };
  });
  expect(seen).toEqual({ skeleton: false, workersBeforeRows: 0 });
});

for (const size of [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`${size.name}: nothing on screen moves while the list loads (layout shift < 0.05)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; at: number }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; startTime: number }[])
          w.__shifts.push({ value: e.value, at: Math.round(e.startTime) });
      }).observe({ type: "layout-shift", buffered: true });
    });
    // Skeletons, the first page, the rest of the fleet in chunks, the overview and export arriving.
    await listReady(page, `${ROWS_URL}/workspaces`);
    await expect(page.getByRole("progressbar", { name: "Workspaces loaded" })).toHaveCount(0);
    await page.waitForTimeout(1_000);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; at: number }[] }).__shifts,
    );
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    console.log(`${size.name}: layout shift ${total.toFixed(4)} over ${shifts.length} entries`);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.05);
  });
}

for (const size of [
  { name: "desktop", width: 1440, height: 900, limit: 450 },
  { name: "phone", width: 390, height: 844, limit: 844 },
]) {
  test(`${size.name} ${size.width}x${size.height}: the first row is within the top ${size.limit} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const table = await listReady(page, `${ROWS_URL}/workspaces`);
    const first = table.locator("tbody tr").first();
    const row = await first.boundingBox();
    // The row's name link: its first line, which says which workspace it is (app links below it
    // make some rows taller than others).
    const name = await first.locator("a.ws-link").boundingBox();
    if (!row || !name) throw new Error("no first row");
    test.info().annotations.push({
      type: "first row",
      description: `top ${Math.round(row.y)} px, name line ends ${Math.round(name.y + name.height)} px, row ends ${Math.round(row.y + row.height)} px`,
    });
    console.log(
      `${size.name}: first row top ${Math.round(row.y)} px, bottom ${Math.round(row.y + row.height)} px`,
    );
    expect(name.y + name.height).toBeLessThanOrEqual(size.limit);
    // The overview starts folded, says so, and still offers its way to the attention view.
    await expect(page.getByRole("button", { name: "Fleet overview" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await expect(page.getByRole("button", { name: "More filters" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });
}

test("at most 3 Tabs from the search box to the first row; a skip link to the results", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const table = await listReady(page, `${ROWS_URL}/workspaces`);
  const first = table.locator("tbody a.ws-link").first();
  const firstName = (await first.textContent()) ?? "";

  await page.getByRole("combobox", { name: "Search" }).focus();
  let tabs = 0;
  while (tabs < 40) {
    await page.keyboard.press("Tab");
    tabs += 1;
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  test.info().annotations.push({ type: "Tabs from the search box", description: String(tabs) });
  expect(tabs).toBeLessThanOrEqual(3);

  // From the top of the page, the first Tab offers the skip link, and it lands on the first row.
  await page.goto(`${ROWS_URL}/workspaces`);
  await expect(table.locator("tbody tr").first()).toBeVisible({ timeout: 15_000 });
  const skip = page.getByRole("link", { name: "Skip to results" });
  const firstStop = await page.evaluate(
    () => document.querySelector<HTMLElement>("a[href], button, input, select")?.textContent,
  );
  expect(firstStop).toBe("Skip to results");
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(first).toBeFocused();
  await expect(first).toHaveText(firstName);
});

test("rows by arrow keys and j/k, Enter opens, the heading takes focus, Back restores the row", async ({
  page,
}) => {
  const table = await listReady(page, `${ROWS_URL}/workspaces`);
  const links = table.locator("tbody a.ws-link");
  await page.keyboard.press("j");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("j");
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press("k");
  await expect(links.nth(1)).toBeFocused();
  const name = (await links.nth(1).textContent()) ?? "";

  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Workspaces" })).toBeVisible();
  await expect(table.getByRole("link", { name, exact: true })).toBeFocused();

  // The attention view's heading takes focus too.
  await page.getByRole("link", { name: /Needs attention/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeFocused();
});

test("a long backend host on a phone: no sideways scroll, the theme toggle on screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await listReady(page, `${ROWS_URL}/workspaces`);
  // The host the dashboard is served from: as long as the one that once pushed the toggle off.
  await expect(page.getByText(`localhost:${ROWS_PORT}`)).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const toggles = page.locator("header button");
  const last = await toggles.last().boundingBox();
  expect((last?.x ?? 999) + (last?.width ?? 0)).toBeLessThanOrEqual(390);
});

test("with CODER_URL: a row's Coder, build-log and app links go to that deployment", async ({
  page,
  context,
}) => {
  expect(mainAgent?.name).toBeTruthy();
  const table = await listReady(page, `${ROWS_URL}/workspaces?q=name:api-server`);
  const row = table.locator("tbody tr").filter({ hasText: "api-server" }).first();

  const inCoder = row.getByRole("link", { name: "api-server: Open in Coder" });
  await expect(inCoder).toHaveAttribute("href", `${CODER}/@alice/api-server`);
  await inCoder.click();
  await expect(page).toHaveURL(`${CODER}/@alice/api-server`);
  await page.goBack();

  const logs = row.getByRole("link", { name: `api-server: Build #${build} logs` });
  await logs.click();
  await expect(page).toHaveURL(`${CODER}/@alice/api-server/builds/${build}`);
  await page.goBack();

  const app = row.getByRole("link", { name: /^api-server: VS Code Web/ }).first();
  const [tab] = await Promise.all([context.waitForEvent("page"), app.click()]);
  await expect(tab).toHaveURL(
    `${CODER}/@alice/api-server.${mainAgent?.name ?? ""}/apps/code-server/`,
  );
  await tab.close();

  // The detail page says the same.
  await row.getByRole("link", { name: "api-server", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "In Coder" });
  await expect(nav.getByRole("link", { name: "Open in Coder" })).toHaveAttribute(
    "href",
    `${CODER}/@alice/api-server`,
  );
  await expect(nav.getByRole("link", { name: `Build #${build} logs` })).toHaveAttribute(
    "href",
    `${CODER}/@alice/api-server/builds/${build}`,
  );
  await expect(page.getByRole("link", { name: /^Open VS Code Web/ }).first()).toHaveAttribute(
    "href",
    `${CODER}/@alice/api-server.${mainAgent?.name ?? ""}/apps/code-server/`,
  );
  await expect(page.getByRole("link", { name: /^Open Terminal/ }).first()).toHaveAttribute(
    "href",
    `${CODER}/@alice/api-server.${mainAgent?.name ?? ""}/terminal?command=bash%20-l`,
  );
});

test("same origin (no CODER_URL): the links stay on the dashboard's own origin", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto("/workspaces?q=name:api-server");
  const row = page
    .getByRole("table", { name: "Workspaces" })
    .locator("tbody tr")
    .filter({ hasText: "api-server" })
    .first();
  const inCoder = row.getByRole("link", { name: "api-server: Open in Coder" });
  await expect(inCoder).toBeVisible({ timeout: 15_000 });
  await expect(inCoder).toHaveAttribute("href", `${origin}/@alice/api-server`);
  await inCoder.click();
  await expect(page).toHaveURL(`${origin}/@alice/api-server`);
  await page.goBack();
  const logs = row.getByRole("link", { name: /^api-server: Build #\d+ logs$/ });
  await logs.click();
  await expect(page).toHaveURL(new RegExp(`^${origin}/@alice/api-server/builds/\\d+$`));
  await page.goBack();
  const app = row.getByRole("link", { name: /^api-server: VS Code Web/ }).first();
  await expect(app).toHaveAttribute(
    "href",
    new RegExp(`^${origin}/@alice/api-server\\.[a-z0-9-]+/apps/code-server/$`),
  );
});

test("axe: the folded list, the unfolded filters and overview, and the detail page", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The demo build: the production build's CSP (rightly) refuses axe's injected script.
  await listReady(page, "/workspaces?q=owner:alice");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "More filters" }).click();
  await page.getByRole("button", { name: "Fleet overview" }).click();
  await expect(page.getByLabel("Owner", { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // The choice is remembered for this browser.
  await page.reload();
  await expect(page.getByRole("button", { name: "Fleet overview" })).toHaveAttribute(
    "aria-expanded",
    "true",
    { timeout: 15_000 },
  );
  await page.getByRole("link", { name: "api-server", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
  await expect(page.getByText("Loading full details…")).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
});
