import { expect as baseExpect, test } from "@playwright/test";
import { openOverview } from "./folds";
import { seriousViolations } from "./axe";

// axe over a full list page and lazy chunks take long on the shared 2-core machine.
test.setTimeout(120_000);
const expect = baseExpect.configure({ timeout: 15_000 });

test("open the attention view from the list, follow a problem to its anchor, come back", async ({
  page,
}) => {
  await page.goto("/workspaces");
  await page.getByRole("link", { name: /Needs attention/ }).click();
  await expect(page).toHaveURL(/\/workspaces\/attention$/);
  await expect(page.getByRole("heading", { level: 1, name: "Needs attention" })).toBeVisible();
  const list = page.getByRole("list", { name: "Problems by cause" });
  await expect(list).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The most severe group first: a failed build; opened, each workspace links to its build section.
  const group = list.locator(":scope > li").first();
  const open = group.getByRole("button", { name: /^Show the/ });
  if ((await open.count()) > 0) await open.click();
  const first = group.locator("[data-workspace]").first();
  const name = (await first.getByRole("heading", { level: 3 }).textContent()) ?? "";
  const problem = first.getByRole("link", { name: /failed/ }).first();
  await problem.click();
  await expect(page).toHaveURL(/\/workspaces\/[0-9a-f-]{36}#build$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Latest build" })).toBeInViewport();

  await page.goBack();
  await expect(page).toHaveURL(/\/workspaces\/attention(\?group=[0-9a-z]+)?$/);
  await expect(list.getByRole("heading", { name }).first()).toBeVisible();

  // A kind filter is a link, and the URL keeps it.
  await page
    .getByRole("navigation", { name: "Problems by kind" })
    .getByRole("link", { name: /^Stuck/ })
    .click();
  await expect(page).toHaveURL(/\?kind=stuck$/);
  await expect(page.getByRole("list", { name: "Stuck" })).toBeVisible();
});

test("the overview's bar and legend filter the list", async ({ page }) => {
  await page.goto("/workspaces");
  const overview = page.getByRole("region", { name: "Fleet overview" });
  await expect(overview).toBeVisible();
  await openOverview(page);
  expect(await seriousViolations(page)).toEqual([]);

  await overview.locator('button[data-status="failed"]').click();
  await expect(page).toHaveURL(/q=status%3Afailed$/);
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table).toHaveAttribute("aria-busy", "false");
  await expect(table.locator("tbody tr").filter({ hasNotText: "Failed" })).toHaveCount(0);

  await page.goto("/workspaces");
  await overview
    .getByRole("list", { name: /^Status of/ })
    .getByRole("button", { name: /^Running/ })
    .click();
  await expect(page).toHaveURL(/q=status%3Arunning$/);
});

test("no sideways scroll at 390 px; grouped view and attention pass axe", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [
    "/workspaces?sort=status",
    "/workspaces?group=template",
    "/workspaces/attention",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const [scroll, width] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scroll, path).toBeLessThanOrEqual(width);
  }
  await page.goto("/workspaces?group=template");
  await expect(page.getByRole("table", { name: "Workspaces by template" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the day's trend, with a day of counts kept: its words, a link a point, axe, no sideways scroll at 390 px", async ({
  page,
  baseURL,
}) => {
  const now = Date.now();
  // Eight hours of counts as the app keeps them (numbers only), seeded before the page starts.
  const samples = Array.from({ length: 48 }, (_, i) => [
    now - (48 - i) * 10 * 60_000,
    50 + i,
    3 + Math.floor(i / 12),
    20,
    30 - Math.floor(i / 4),
  ]);
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: `coder-dashboard.fleet-trend@${new URL(baseURL ?? "http://localhost").origin}`,
    value: JSON.stringify({ v: 1, samples }),
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/workspaces");
  await openOverview(page);
  const trend = page.getByRole("figure", { name: /^Counts since (yesterday )?\d\d:\d\d$/ });
  await expect(
    trend.getByRole("listitem").filter({ hasText: /^Failed: 3 → \d+ since / }),
  ).toBeVisible();
  const links = trend.getByRole("list", { name: "Changes by time" }).getByRole("link");
  // As many as fit at 28 px each (a phone's chart is narrow), so each is a 24 px target.
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  await expect(links.last()).toHaveAttribute(
    "href",
    /^\/workspaces\/changes\?since=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A[\d.]+Z&until=\d{4}-\d\d-\d\dT\d\d%3A\d\d%3A[\d.]+Z$/,
  );
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(width);
  expect(await seriousViolations(page)).toEqual([]);
});
