import { expect, test } from "@playwright/test";
import {
  FAKE_CODERD_PORT,
  FAKE_TOKEN,
  NO_TOKEN_URL,
  WITH_TOKEN_PORT,
  WITH_TOKEN_URL,
} from "./playwright.config";
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

  await page.getByLabel("Owner", { exact: true }).fill("bob");
  await page.getByLabel("Owner", { exact: true }).press("Enter");
  await page.getByLabel("Status", { exact: true }).selectOption("failed");
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(page).toHaveURL(/owner=bob&status=failed/);
  await expect(table).toHaveAttribute("aria-busy", "false");
  await expect(table.getByRole("link", { name: "ml-training" })).toBeVisible();
  await expect(table.locator("tbody tr").filter({ hasNotText: "Failed" })).toHaveCount(0);
  expect(coderd.requests).toContainEqual(expect.stringContaining("q=owner%3Abob+status%3Afailed"));

  await table.getByRole("link", { name: "ml-training" }).click();
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
