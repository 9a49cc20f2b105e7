import { expect, test } from "@playwright/test";
import { openMoreFilters } from "./folds";
import {
  FAKE_CODERD_PORT,
  FAKE_TOKEN,
  NO_TOKEN_URL,
  WITH_TOKEN_PORT,
  WITH_TOKEN_URL,
} from "./playwright.config";
import { listWorkspaces } from "../../mocks/coderdSearch";
import { DEFAULT_CALLER, fleetDirectory, generateFleet } from "../../mocks/fleet";
import { startFakeCoderd, type FakeCoderd } from "../fake-coderd/server";

// The production build behind `vite preview`'s proxy, against a fake coderd that reads only `q`.
test.describe.configure({ mode: "serial" });

let coderd: FakeCoderd;
test.beforeAll(async () => {
  coderd = await startFakeCoderd({ port: FAKE_CODERD_PORT, token: FAKE_TOKEN });
});
test.afterAll(async () => {
  await coderd.close();
});

test("data loads through the proxy with the server-side token; filters go through q", async ({
  page,
}) => {
  const browserUrls: string[] = [];
  page.on("request", (r) => browserUrls.push(r.url()));
  await page.goto(`${WITH_TOKEN_URL}/workspaces`);
  await expect(page.getByText(`Connected to: localhost:${WITH_TOKEN_PORT}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();

  await openMoreFilters(page);
  await page.getByLabel("Owner", { exact: true }).fill("bob");
  await page.getByLabel("Owner", { exact: true }).press("Enter");
  await page.getByLabel("Status", { exact: true }).selectOption("failed");
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(page).toHaveURL(/q=owner%3Abob\+status%3Afailed/);
  await expect(table).toHaveAttribute("aria-busy", "false");
  await expect(table.getByRole("link", { name: "ml-training", exact: true })).toBeVisible();
  await expect(table.locator("tbody tr").filter({ hasNotText: "Failed" })).toHaveCount(0);
  expect(coderd.requests).toContainEqual(expect.stringContaining("q=owner%3Abob+status%3Afailed"));

  await table.getByRole("link", { name: "ml-training", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ml-training" })).toBeVisible();
  await expect(page.getByText(/creating EC2 instance/)).toBeVisible();

  // The token lives in the proxy: the browser never sees it.
  expect(browserUrls.filter((u) => u.includes(FAKE_TOKEN))).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.outerHTML.includes("fake-session-token")),
  ).toBe(false);
});

test("a deployed coderd's 404 and 400 read as such", async ({ page }) => {
  await page.goto(`${WITH_TOKEN_URL}/workspaces/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByText("Workspace not found, or you have no access to it")).toBeVisible();
  await page.goto(`${WITH_TOKEN_URL}/workspaces/not-a-uuid`);
  await expect(page.getByText("That is not a valid workspace ID")).toBeVisible();
});

test("without a server token: sign in from the browser, and the token appears in no URL", async ({
  page,
}) => {
  const browserUrls: string[] = [];
  page.on("request", (r) => browserUrls.push(r.url()));
  await page.goto(`${NO_TOKEN_URL}/workspaces?owner=alice`);
  const dialog = page.getByRole("dialog", { name: "Sign in to Coder" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("You are signed out");

  await dialog.getByLabel("Session token").fill("wrong-token");
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog).toBeVisible();

  await dialog.getByLabel("Session token").fill(FAKE_TOKEN);
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  await expect(page).toHaveURL(`${NO_TOKEN_URL}/workspaces?owner=alice`);

  await page.getByRole("link", { name: "api-server", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();

  expect(browserUrls.filter((u) => u.includes(FAKE_TOKEN))).toEqual([]);
  expect(coderd.requests.filter((u) => u.includes(FAKE_TOKEN))).toEqual([]);
  const stored = await page.evaluate(() =>
    JSON.stringify(
      Array.from({ length: localStorage.length }, (_, i) =>
        localStorage.getItem(localStorage.key(i) ?? ""),
      ),
    ),
  );
  expect(stored).not.toContain(FAKE_TOKEN);
});

// The deployed-coderd journey: the production build (list in the Web Worker) behind the fake coderd. What each
// query must show comes from the fake's own reading of coderd's search (mocks/coderdSearch.ts, which
// shares no code with the app), or, for the reference's boolean has_agent that coderd cannot search,
// from the fleet itself.
const fleet = generateFleet({ size: 150, caller: DEFAULT_CALLER });
const live = fleet.filter((e) => !e.deleted);
const agentsOf = (e: (typeof fleet)[number]) =>
  e.workspace.latest_build.resources.flatMap((r) => r.agents ?? []);

/** Ids, not names: names repeat across owners. */
function coderdIds(q: string): string[] {
  const answer = listWorkspaces(fleet, new URLSearchParams({ q }), fleetDirectory(DEFAULT_CALLER));
  if (answer.status !== 200) throw new Error(`the fake rejected ${q}`);
  return answer.body.workspaces.map((w) => w.id);
}

async function shownIds(page: import("@playwright/test").Page): Promise<(string | null)[]> {
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table).toHaveAttribute("aria-busy", "false");
  return table
    .locator("tbody tr a.ws-link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("data-workspace-id")));
}

async function expectRows(page: import("@playwright/test").Page, expected: string[]) {
  expect(expected.length).toBeGreaterThan(0);
  const footer = page.getByRole("status").filter({ hasText: /workspaces?$/ });
  const total = expected.length.toLocaleString("en-US");
  await expect(footer.first()).toContainText(expected.length === 1 ? "1 workspace" : total);
  // The first page, in the server's order.
  await expect.poll(() => shownIds(page)).toEqual(expected.slice(0, 50));
}

type Agent = ReturnType<typeof agentsOf>[number];

/** coderd's agent health rule (shared/api/deployed-coderd-notes.md), for agents sent without it. */
function agentUnhealthy(a: Agent): boolean {
  if (a.health) return !a.health.healthy;
  if (a.status !== "connected" && a.lifecycle_state === "off") return true;
  if (a.status === "timeout" || a.status === "disconnected") return true;
  return a.lifecycle_state === "start_error" || a.lifecycle_state === "shutting_down";
}

/**
 * The dashboard's Unhealthy is coderd's health field, said of running workspaces (README, "Words
 * and their rules"), not coderd's `healthy:` key: its rows are the running ones with an agent
 * (what the dashboard asks coderd for) whose health says unhealthy.
 */
function unhealthyIds(): string[] {
  const unhealthy = new Set(
    live
      .filter((e) => {
        const h = e.workspace.health;
        return (
          h?.healthy === false ||
          (h?.failing_agents.length ?? 0) > 0 ||
          agentsOf(e).some(agentUnhealthy)
        );
      })
      .map((e) => e.workspace.id),
  );
  return coderdIds("status:running has-agent:connecting,connected,disconnected,timeout").filter(
    (id) => unhealthy.has(id),
  );
}

for (const { q, expected } of [
  { q: "healthy:false", expected: unhealthyIds },
  { q: "outdated:true", expected: () => coderdIds("outdated:true") },
  { q: "owner:me", expected: () => coderdIds("owner:me") },
  {
    q: "has_agent:true",
    expected: () => live.filter((e) => agentsOf(e).length > 0).map((e) => e.workspace.id),
  },
  {
    q: "has_agent:false",
    expected: () => live.filter((e) => agentsOf(e).length === 0).map((e) => e.workspace.id),
  },
]) {
  test(`production build: ${q} shows exactly its rows`, async ({ page }) => {
    await page.goto(`${WITH_TOKEN_URL}/workspaces?q=${encodeURIComponent(q)}`);
    const names = expected();
    if (q.startsWith("has_agent")) {
      // coderd order for the reference's filter: the server's unfiltered order, held client-side.
      const order = coderdIds("");
      names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    }
    await expectRows(page, names);
    await expect(page.getByRole("combobox", { name: "Search" })).toHaveValue(q);
  });
}

// Moved from the demo journey: the demo lists deleted workspaces no more than coderd does, and its
// in-page fleet's ids are not the ones this Node process generates; the fake coderd's are.
test("production build: a deleted workspace's link says so and reopens with include_deleted", async ({
  page,
}) => {
  const retired = generateFleet().find((e) => e.workspace.name === "retired");
  expect(retired?.deleted).toBe(true);
  await page.goto(`${WITH_TOKEN_URL}/workspaces/${retired?.workspace.id ?? ""}`);
  await expect(page.getByText("This workspace was deleted")).toBeVisible();
  await page.getByRole("button", { name: "Show it anyway" }).click();
  await expect(page).toHaveURL(/include_deleted=true/);
  await expect(page.getByText("Deleted workspace")).toBeVisible();
});

test("production build: documented-parameter links still work (?has_agent=true)", async ({
  page,
}) => {
  await page.goto(`${WITH_TOKEN_URL}/workspaces?has_agent=true`);
  const order = coderdIds("");
  const names = live
    .filter((e) => agentsOf(e).length > 0)
    .map((e) => e.workspace.id)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  await expectRows(page, names);
  await openMoreFilters(page);
  await expect(page.getByLabel("Agent", { exact: true })).toHaveValue("has_agent:true");
});

test("production build: a typo is caught before any request; coderd's 400 shows in place", async ({
  page,
}) => {
  await page.goto(`${WITH_TOKEN_URL}/workspaces`);
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible();
  const before = coderd.requests.length;
  const search = page.getByRole("combobox", { name: "Search" });
  await search.fill("status:runnin");
  await search.press("Enter");
  await expect(page.getByRole("alert")).toContainText("Did you mean status:running?");
  expect(coderd.requests.slice(before).filter((r) => r.includes("runnin"))).toEqual([]);

  // A term only the server can judge: its 400 shows under the box, in coderd's words.
  await search.fill("organization:nope");
  await search.press("Enter");
  await expect(page.getByRole("alert")).toContainText("organization");
  await expect(page.getByText("Couldn't load workspaces")).toHaveCount(0);
});
