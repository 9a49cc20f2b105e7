import { expect, test, type Page } from "@playwright/test";

// No sideways scrolling on a phone or a desktop, list or detail (the demo build). The detail page of
// api-server shows the DERP latency table, whose visually-hidden caption once made it 2,225 px wide.

async function overflow(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

for (const width of [390, 1440]) {
  test(`no horizontal overflow at ${width} px: list, then a detail page with latency`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/workspaces");
    const table = page.getByRole("table", { name: "Workspaces" });
    await expect(table).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
    await expect(table.locator("tbody tr").first()).toBeVisible();
    let o = await overflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);

    await page.goto("/workspaces?name=api-server");
    await page.getByRole("link", { name: "api-server", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "api-server" })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Latency by DERP region, fastest first" }).first(),
    ).toBeAttached();
    o = await overflow(page);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
  });
}

test("the demo build carries no Content Security Policy (MSW's service worker needs none)", async ({
  page,
}) => {
  await page.goto("/workspaces?name=api-server");
  await expect(page.getByRole("link", { name: "api-server", exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(0);
});
