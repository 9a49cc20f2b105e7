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

// A heading that wraps ("Daily / cost") once drew its arrow at the far edge of its cell, beside the
// next column's words. The arrow must touch its own words, whichever column is sorted.
for (const width of [1440, 1024]) {
  test(`the sort arrow sits beside its heading's words at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [label, key] of [
      ["Daily cost", "cost"],
      ["Last used", "last_used"],
      ["Name", "name"],
    ] as const) {
      await page.goto(`/workspaces?sort=${key}&dir=desc`);
      const heading = page.getByRole("columnheader", { name: label });
      await expect(heading).toHaveAttribute("aria-sort", "descending", { timeout: 15_000 });
      const gap = await heading.evaluate((th) => {
        const icon = th.querySelector("svg")?.getBoundingClientRect();
        const button = th.querySelector("button");
        if (!icon || !button) return Infinity;
        const words: DOMRect[] = [];
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          words.push(...range.getClientRects());
        }
        const cell = th.getBoundingClientRect();
        // The arrow must be inside its cell and within a few pixels of one of its lines of words.
        const inside = icon.left >= cell.left && icon.right <= cell.right;
        const near = Math.min(
          ...words.map((w) =>
            icon.bottom > w.top && icon.top < w.bottom
              ? Math.max(0, w.left - icon.right, icon.left - w.right)
              : Infinity,
          ),
        );
        return inside ? near : Infinity;
      });
      expect(gap, `${label}: px between the arrow and its words`).toBeLessThanOrEqual(8);
    }
  });
}

test("no frame of a load at 390 px scrolls sideways: skeletons and placeholders included", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Every animation frame from the first: a placeholder wider than the screen shows only while it
  // is up, which a check after the rows arrive can miss.
  await page.addInitScript(() => {
    const w = window as unknown as { __wide: string[] };
    w.__wide = [];
    const check = () => {
      const over = document.documentElement.scrollWidth - window.innerWidth;
      if (over > 0) {
        const widest = [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(-2)
          .map((e) => `${e.tagName}.${(e.getAttribute("class") ?? "").slice(0, 40)}`);
        w.__wide.push(`+${over} px at ${Math.round(performance.now())} ms: ${widest.join(", ")}`);
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto("/workspaces");
  const table = page.getByRole("table", { name: "Workspaces" });
  await expect(table).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
  await expect(page.getByRole("link", { name: /Needs attention/ })).toBeVisible({
    timeout: 20_000,
  });
  const wide = await page.evaluate(() => (window as unknown as { __wide: string[] }).__wide);
  expect(wide.slice(0, 5)).toEqual([]);
});
