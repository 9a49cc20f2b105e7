import { expect as baseExpect, test, type Page } from "@playwright/test";
import { startProductionServer, type ProductionServer } from "./productionServer";

// The production build behind the fake coderd at fleet size: Needs attention's numbers agree with
// the rows they open, and the list's Unhealthy with the attention view's. The spec has its own
// preview and fake coderd (never deployed.spec.ts's, which CI runs beside it); one fleet at a time
// holds its ports, so these run in order.
test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);
const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = new URL("../screenshots/", import.meta.url).pathname;

let prod: (ProductionServer & { size: number }) | undefined;
let appUrl = "";
async function fleetOf(size: number) {
  await prod?.close();
  prod = { ...(await startProductionServer(15, { size })), size };
  appUrl = prod.url;
}
test.afterAll(async () => {
  await prod?.close();
});

/** Records every long task from the page's start. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
}
const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

/** Where the fake coderd's request log stands: `waitWhole` looks only at requests after it. */
const logged = () => prod?.coderd.requests.length ?? 0;

const num = (text: string | null) => Number((text ?? "").replace(/[^0-9]/g, ""));

/**
 * The whole fleet read: the fake coderd has sent the fleet's last rows since `since` (its request log;
 * the worker's requests are not the page's, so "networkidle" alone can come before them), and the
 * progress line is gone.
 */
async function waitWhole(page: Page, since?: number) {
  const size = prod?.size ?? 0;
  if (since !== undefined)
    await expect
      .poll(() =>
        (prod?.coderd.requests ?? []).slice(since).some((path) => {
          const p = new URL(path, "http://x").searchParams;
          if (!path.startsWith("/api/v2/workspaces?") || (p.get("q") ?? "") !== "") return false;
          return Number(p.get("offset") ?? 0) + Number(p.get("limit") ?? 0) >= size;
        }),
      )
      .toBe(true);
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("progressbar", { name: "Workspaces loaded" })).toHaveCount(0);
}

test("at 3,000 workspaces every attention number equals the rows it opens", async ({ page }) => {
  await fleetOf(3000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const since = logged();
  await page.goto(`${appUrl}/workspaces/attention`);
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  await waitWhole(page, since);
  const kinds = page.getByRole("navigation", { name: "Problems by kind" });
  const chip = (name: RegExp) => kinds.getByRole("link", { name });

  // Never thousands of cards: a window of groups, no workspace of a folded group drawn.
  const cards = await page.locator("[data-group]").count();
  expect(cards).toBeLessThanOrEqual(25);
  expect(await page.locator("[data-workspace]").count()).toBeLessThanOrEqual(25);

  // Each kind: its chip's count is the sum of its groups' counts.
  for (const label of ["Build failed", "Stuck", "Unhealthy", "Dormant", "Must update"]) {
    const link = chip(new RegExp(`^${label} [0-9,]+$`));
    const count = num(await link.textContent());
    await link.click();
    await expect(link).toHaveAttribute("aria-current", "page");
    const list = page.getByRole("list", { name: label, exact: true });
    if (count === 0) {
      await expect(page.getByText(/^No workspace:/)).toBeVisible();
      continue;
    }
    await expect(list).toBeVisible();
    const more = page.getByRole("button", { name: /^Show \d+ more groups/ });
    while ((await more.count()) > 0) await more.click();
    // Chip and groups come from one render, but a poll may land between reading the one and the
    // other: read both until one reading holds them together (a real mismatch never does).
    await expect
      .poll(
        async () => {
          const sizes = await list
            .locator(":scope > li")
            .evaluateAll((lis) =>
              lis.map(
                (li) =>
                  /· ([0-9,]+) workspaces?$/.exec(li.querySelector("p")?.textContent ?? "")?.[1] ??
                  "x",
              ),
            );
          const chipCount = num(await link.textContent());
          const sum = sizes.reduce((n, s) => n + num(s), 0);
          return sum === chipCount ? "equal" : `${label}: groups ${sum}, chip ${chipCount}`;
        },
        { timeout: 30_000 },
      )
      .toBe("equal");
  }

  // The biggest failed group opens to exactly its count, a page at a time.
  await chip(/^Build failed/).click();
  const failed = page.getByRole("list", { name: "Build failed", exact: true });
  // The biggest group, by its cause and template: a poll may reorder the groups while it is opened.
  const first = failed.locator(":scope > li").first();
  const bigName = (await first.getByRole("heading").first().textContent()) ?? "";
  const bigLine = ((await first.getByText(/ · [0-9,]+ workspaces?$/).textContent()) ?? "").replace(
    / · [0-9,]+ workspaces?$/,
    "",
  );
  const big = failed
    .locator(":scope > li")
    .filter({ has: page.getByRole("heading", { name: bigName, exact: true }) })
    .filter({ has: page.getByText(bigLine) });
  const n = num(await big.getByText(/ · [0-9,]+ workspaces?$/).textContent());
  await big.getByRole("button", { name: /^Show the/ }).click();
  await expect(page).toHaveURL(/group=[0-9a-z]+/);
  const members = big.getByRole("list", { name: /^Workspaces: / });
  await expect(members).toBeVisible();
  let seen = await members.locator(":scope > li").count();
  const next = big.getByRole("button", { name: "Next" });
  while ((await next.count()) > 0 && (await next.isEnabled())) {
    await next.click();
    seen += await members.locator(":scope > li").count();
  }
  expect(seen).toBe(n);
  await page.screenshot({ path: `${SHOTS}attention-groups-desktop-light.png`, fullPage: false });

  // Unhealthy means one thing: the attention chip, the overview's chip, the rows it filters, marked.
  const unhealthy = num(await chip(/^Unhealthy [0-9,]+$/).textContent());
  const listSince = logged();
  await page.goto(`${appUrl}/workspaces`);
  await waitWhole(page, listSince);
  // The overview starts folded (its choice is kept per browser): unfold it as a user does.
  const fold = page.getByRole("button", { name: "Fleet overview" });
  if ((await fold.getAttribute("aria-expanded")) !== "true") await fold.click();
  const overview = page.getByRole("region", { name: "Fleet overview" });
  // Its figures are final once it no longer says "So far" (aria-busy): the whole fleet is counted.
  await expect(overview).toHaveAttribute("aria-busy", "false");
  const button = overview.getByRole("button", { name: /^Unhealthy [0-9,]+$/ });
  expect(num(await button.textContent())).toBe(unhealthy);
  await button.click();
  await expect(page).toHaveURL(/q=healthy%3Afalse/);
  await waitWhole(page);
  await expect(
    page.getByText(new RegExp(`(of |^)${unhealthy.toLocaleString("en")} workspaces$`)).first(),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table).toHaveAttribute("aria-busy", "false");
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBe(Math.min(50, unhealthy));
  expect(await rows.filter({ hasNotText: "Unhealthy" }).count()).toBe(0);
  // And healthy:true shows no row marked Unhealthy.
  await page.goto(`${appUrl}/workspaces?q=healthy:true`);
  await expect(table).toHaveAttribute("aria-busy", "false");
  await expect(rows.first()).toBeVisible();
  expect(await rows.filter({ hasText: "Unhealthy" }).count()).toBe(0);
});

test("while 3,000 workspaces load, no number on Needs attention goes down", async ({ page }) => {
  await fleetOf(3000);
  await page.setViewportSize({ width: 1440, height: 900 });
  // Every chip and every group's count, each time the page changes, from its first render.
  await page.addInitScript(() => {
    const w = window as unknown as { __readings: Record<string, number>[] };
    w.__readings = [];
    const n = (text: string) => Number(text.replace(/[^0-9]/g, ""));
    new MutationObserver(() => {
      const reading: Record<string, number> = {};
      const chips = document.querySelectorAll('nav[aria-label="Problems by kind"] a');
      for (const a of chips) {
        const text = a.textContent;
        reading[`chip ${text.replace(/[0-9,]+$/, "")}`] = n(/[0-9,]+$/.exec(text)?.[0] ?? "");
      }
      for (const g of document.querySelectorAll("[data-group]")) {
        const line = g.querySelector("p")?.textContent ?? "";
        const count = / · ([0-9,]+) workspaces?$/.exec(line)?.[1];
        if (count === undefined) continue;
        // A group is its list (kind), its cause and its template: the key Needs attention folds by.
        const key = [
          g.closest("ul,ol")?.getAttribute("aria-label"),
          g.querySelector("h2, h3")?.textContent,
          line.replace(/ · [0-9,]+ workspaces?$/, ""),
        ].join(" / ");
        reading[key] = n(count);
      }
      w.__readings.push(reading);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  // A slower CPU: the load is seen in more steps, as on a busy laptop.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // The second chunk fails once, 1,050 rows in: the load is tried again, from its first page.
  let failed = false;
  await page.route(/\/api\/v2\/workspaces\?.*offset=1025(&|$)/, async (route) => {
    if (failed) return route.continue();
    failed = true;
    await route.fulfill({ status: 503, json: { message: "Service Unavailable" } });
  });
  const since = logged();
  await page.goto(`${appUrl}/workspaces/attention`);
  await waitWhole(page, since);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  expect(failed).toBe(true);
  const readings = await page.evaluate(
    () => (window as unknown as { __readings: Record<string, number>[] }).__readings,
  );
  const highest = new Map<string, number>();
  const drops: string[] = [];
  for (const reading of readings) {
    for (const [key, value] of Object.entries(reading)) {
      const before = highest.get(key) ?? 0;
      if (value < before) drops.push(`${key}: ${before} -> ${value}`);
      highest.set(key, Math.max(before, value));
    }
  }
  console.log(`${readings.length} readings, ${highest.size} numbers, ${drops.length} drops`);
  expect(highest.get("chip All problems ") ?? 0).toBeGreaterThan(0);
  expect(drops).toEqual([]);
});

test("screenshots: attention groups, the overview while loading, the stuck notice", async ({
  browser,
}) => {
  await fleetOf(3000);
  for (const scheme of ["light", "dark"] as const) {
    for (const size of [
      { name: "desktop", width: 1440, height: 900 },
      { name: "phone", width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      // The overview while the fleet loads: figures so far, labelled. Chunks held back a while, so
      // the picture is taken mid-load whatever the machine's speed.
      await page.route(/\/api\/v2\/workspaces\?.*offset=2/, async (route) => {
        await new Promise((r) => setTimeout(r, 4000));
        await route.continue();
      });
      await page.goto(`${appUrl}/workspaces`);
      const overview = page.getByRole("region", { name: "Fleet overview" });
      await expect(overview.getByText(/^So far: [0-9,]+ of [0-9,]+ read\.$/)).toBeVisible();
      await overview.screenshot({ path: `${SHOTS}overview-loading-${size.name}-${scheme}.png` });
      await page.unrouteAll({ behavior: "ignoreErrors" });

      const since = logged();
      await page.goto(`${appUrl}/workspaces/attention?kind=failed`);
      await waitWhole(page, since);
      const first = page
        .getByRole("list", { name: "Build failed", exact: true })
        .locator(":scope > li")
        .first();
      await first.getByRole("button", { name: /^Show the/ }).click();
      await page.screenshot({ path: `${SHOTS}attention-groups-${size.name}-${scheme}.png` });

      await page.goto(`${appUrl}/workspaces?q=slow-boot`);
      await page.getByRole("link", { name: "slow-boot", exact: true }).first().click();
      const notices = page.getByRole("list", { name: "Needs attention" });
      await expect(notices.getByText(/Stuck: The start job has run for/)).toBeVisible();
      await expect(notices.getByRole("link", { name: /^Build #\d+ in Coder$/ })).toHaveAttribute(
        "href",
        /^\/@ivan\/slow-boot\/builds\/\d+$/,
      );
      await page.screenshot({ path: `${SHOTS}detail-stuck-${size.name}-${scheme}.png` });
      await context.close();
    }
  }
});

test("at 5,000 workspaces: the attention view's longest task, and a chip click", async ({
  page,
}) => {
  await fleetOf(5000);
  await watchLongTasks(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  const since = logged();
  await page.goto(`${appUrl}/workspaces/attention`);
  await waitWhole(page, since);
  await expect(page.locator("[data-group]").first()).toBeVisible();
  await page.waitForTimeout(1500);
  const loading = await longTasks(page);
  const before = loading.length;
  const t0 = Date.now();
  await page
    .getByRole("navigation", { name: "Problems by kind" })
    .getByRole("link", { name: /^Stuck/ })
    .click();
  await expect(page.getByRole("list", { name: "Stuck", exact: true })).toBeVisible();
  const chipMs = Date.now() - t0;
  const after = (await longTasks(page)).slice(before);
  console.log(
    `ATTENTION@5000 longest task while loading ${Math.round(Math.max(0, ...loading))} ms (${loading.length} long tasks); chip click -> list ${chipMs} ms, longest task ${Math.round(Math.max(0, ...after))} ms`,
  );
  expect(await page.locator("[data-group]").count()).toBeLessThanOrEqual(25);
});
