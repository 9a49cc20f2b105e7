// Screenshots of the main views at desktop and phone widths, light and dark, into test/screenshots/.
// Run against a served demo: `npm run build:demo && npm run preview:demo`, then `npm run screenshots`.
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

const views = [
  {
    name: "list",
    path: "/workspaces",
    ready: (p) => p.getByRole("link", { name: "api-server", exact: true }),
  },
  {
    name: "list-filtered",
    path: "/workspaces?q=owner:bob status:failed",
    ready: (p) => p.getByRole("link", { name: "ml-training", exact: true }),
  },
  {
    name: "list-unhealthy",
    path: "/workspaces?q=healthy:false",
    ready: (p) => p.getByRole("button", { name: "Unhealthy" }),
  },
  {
    name: "list-dormant",
    path: "/workspaces?q=dormant:true",
    ready: (p) => p.getByText(/^Dormant/),
  },
  { name: "detail", open: "api-server" },
  { name: "detail-failed", open: "ml-training" },
];
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
    for (const view of views) {
      if (view.open) {
        await page.goto(`${base}/workspaces?name=${view.open}`);
        await page.getByRole("link", { name: view.open, exact: true }).click();
        await page.getByRole("heading", { level: 1, name: view.open }).waitFor();
        await page.getByText("Loading full details…").waitFor({ state: "hidden" });
      } else {
        await page.goto(base + view.path);
        await view.ready(page).first().waitFor();
        // The folded overview's line of totals, which arrives a frame after the rows.
        await page.getByRole("link", { name: /Needs attention/ }).waitFor();
      }
      await page.waitForTimeout(300);
      const file = `${out}${view.name}-${size.name}-${scheme}.png`;
      await page.screenshot({
        path: file,
        fullPage: view.name !== "list" || size.name === "phone" ? false : false,
      });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
