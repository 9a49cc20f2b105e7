// Screenshots of the list sorted while the fleet still loads (the banner over the table, the arrow
// beside "Daily cost"), desktop and phone, light and dark, into test/screenshots/. Run against a
// served demo: `npm run preview:demo`, then `node test/screenshots-sort.mjs [base]`.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import chromiumArgs from "./browser/chromium-args.json" with { type: "json" };

const base = process.argv[2] ?? "http://localhost:4173";
const out = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumArgs,
});

const sizes = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

for (const scheme of ["light", "dark"]) {
  for (const size of sizes) {
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      colorScheme: scheme,
    });
    // 5,000 workspaces, every answer 4 s late: the rest is still loading when the picture is taken.
    await page.goto(`${base}/workspaces?sort=cost&dir=desc&demo_size=5000&demo_delay=4000`);
    const banner = page.getByText(/^Sorted by Daily cost among/);
    await banner.waitFor({ timeout: 60_000 });
    await page.locator("table tbody a.ws-link").first().waitFor();
    // The table's head and first rows, with the banner above them.
    await banner.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -80));
    await page.waitForTimeout(300);
    const file = `list-sorted-loading-${size.name}-${scheme}.png`;
    await page.screenshot({ path: `${out}${file}` });
    console.log(file);
    await page.goto(`${base}/workspaces?demo_reset`);
    await page.close();
  }
}
await browser.close();
