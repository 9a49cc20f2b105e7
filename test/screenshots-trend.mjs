// Screenshots of the overview's day trend and of the "updating after 1 h away" line, desktop and
// phone, light and dark, into test/screenshots/. Run against a served demo: `npm run preview:demo`,
// then `node test/screenshots-trend.mjs [base]`. The trend's history is seeded in localStorage (eight
// hours of counts, the form the app keeps); the page's clock is Playwright's.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import chromiumArgs from "./browser/chromium-args.json" with { type: "json" };

const base = process.argv[2] ?? "http://localhost:4173";
const out = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const NOW = new Date(2026, 11, 5, 17, 30).getTime();
const MIN = 60_000;

/** Eight hours of samples, one every 10 min: a morning of starts, a few failures, a recovery. */
function history() {
  const samples = [];
  for (let i = 48; i >= 1; i--) {
    const at = NOW - i * 10 * MIN;
    const t = 48 - i;
    const running = Math.round(48 + 18 * Math.min(1, t / 18) - (t > 40 ? 3 : 0));
    const failed = t < 20 ? 12 : t < 30 ? 14 + (t % 3) : 18;
    const unhealthy = t > 24 && t < 34 ? 31 : 24 + (t % 2);
    const inProgress = t < 16 ? 40 - t : t % 7 === 0 ? 30 : 24;
    samples.push([at, running, failed, unhealthy, inProgress]);
  }
  return JSON.stringify({ v: 1, samples });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumArgs,
});

const sizes = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

async function setHidden(page, hidden) {
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

for (const scheme of ["light", "dark"]) {
  for (const size of sizes) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      colorScheme: scheme,
    });
    const key = `coder-dashboard.fleet-trend@${new URL(base).origin}`;
    await context.addInitScript(
      ([k, v]) => {
        if (!localStorage.getItem(k)) localStorage.setItem(k, v);
      },
      [key, history()],
    );
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    await page.goto(`${base}/workspaces`);
    const overview = page.getByRole("region", { name: "Fleet overview" });
    await overview.waitFor();
    const fold = page.getByRole("button", { name: "Fleet overview", exact: true });
    await page.getByRole("link", { name: /Needs attention/ }).waitFor();
    if ((await fold.getAttribute("aria-expanded")) !== "true") await fold.click();
    const trend = overview.getByRole("figure", { name: /^Counts since / });
    await trend.waitFor();
    await page.waitForTimeout(300);
    await overview.screenshot({ path: `${out}trend-overview-${size.name}-${scheme}.png` });
    await trend.screenshot({ path: `${out}trend-${size.name}-${scheme}.png` });
    // A point's link, focused from the keyboard.
    const links = trend.getByRole("link");
    await links.nth(Math.floor((await links.count()) / 2) - 1).focus();
    await page.keyboard.press("Tab");
    await page.waitForTimeout(100);
    await trend.screenshot({ path: `${out}trend-focus-${size.name}-${scheme}.png` });
    console.log(`trend-*-${size.name}-${scheme}.png`);
    await page.close();

    // Away an hour, hidden; back with the answers held (the demo's delay on a paused clock).
    const away = await context.newPage();
    await away.clock.install({ time: NOW });
    await away.goto(`${base}/workspaces?demo_delay=1500`);
    // The whole fleet read (no "so far"), then the tab goes to the background.
    await away.getByRole("link", { name: /^Needs attention \(\d+\)$/ }).waitFor();
    await away.getByText("Updated just now").waitFor();
    await setHidden(away, true);
    await away.clock.fastForward("01:00:00");
    await away.clock.pauseAt(NOW + 61 * MIN);
    await setHidden(away, false);
    await away.getByText(/updating after 1 h away…/).waitFor();
    await away.waitForTimeout(300);
    await away.screenshot({ path: `${out}away-${size.name}-${scheme}.png` });
    console.log(`away-${size.name}-${scheme}.png`);
    await context.close();
  }
}
await browser.close();
