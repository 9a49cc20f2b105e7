// Screenshots of the triage views (attention view, fleet overview), desktop and phone, light and
// dark, into test/screenshots/. Run against a served demo: `npm run preview:demo`, then
// `node test/screenshots-triage.mjs [base]`.
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
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

for (const scheme of ["light", "dark"]) {
  for (const size of sizes) {
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      colorScheme: scheme,
    });
    await page.goto(`${base}/workspaces/attention`);
    await page.getByRole("list", { name: "Workspaces that need attention" }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}attention-${size.name}-${scheme}.png` });
    console.log(`attention-${size.name}-${scheme}.png`);

    await page.goto(`${base}/workspaces`);
    const overview = page.getByRole("region", { name: "Fleet overview" });
    await overview.waitFor();
    // The overview starts folded; these pictures are of the whole of it.
    const fold = page.getByRole("button", { name: "Fleet overview", exact: true });
    await page.getByRole("link", { name: /Needs attention/ }).waitFor();
    if ((await fold.getAttribute("aria-expanded")) !== "true") await fold.click();
    await overview.getByRole("list", { name: /^Status of/ }).waitFor();
    await page.waitForTimeout(300);
    await overview.screenshot({ path: `${out}overview-${size.name}-${scheme}.png` });
    console.log(`overview-${size.name}-${scheme}.png`);
    await page.close();
  }
}
await browser.close();
