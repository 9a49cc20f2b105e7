// Screenshots of the detail page's notices on crafted workspaces (today's coderd shapes), served to
// the page by Playwright (page.route), so they don't depend on the demo fleet.
// Run against a production build served locally: `npx vite build && npx vite preview --port 4810`,
// then `node test/screenshots-detail-notices.mjs http://localhost:4810`.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "@playwright/test";
import chromiumArgs from "./browser/chromium-args.json" with { type: "json" };

const base = process.argv[2] ?? "http://localhost:4810";
const out = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's serious and critical findings on the page, one line each. */
async function axeFindings(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = (ms) => new Date(Date.now() + ms).toISOString();
const id = (n) => `4a8e2f10-0000-4000-8000-${String(n).padStart(12, "0")}`;

const app = (n, over = {}) => ({
  id: id(100 + n),
  slug: `app-${n}`,
  display_name: `App ${n}`,
  url: "http://localhost:13337",
  external: false,
  health: "healthy",
  healthcheck: { url: "http://localhost:13337/healthz", interval: 5, threshold: 6 },
  sharing_level: "owner",
  subdomain: false,
  hidden: false,
  open_in: "slim-window",
  icon: "/icon/code.svg",
  ...over,
});

const main = {
  id: id(11),
  parent_id: null,
  name: "main",
  status: "disconnected",
  lifecycle_state: "ready",
  health: { healthy: false, reason: "agent has lost connection" },
  created_at: t(-5 * HOUR),
  first_connected_at: t(-5 * HOUR),
  last_connected_at: t(-40 * 60_000),
  disconnected_at: t(-35 * 60_000),
  connection_timeout_seconds: 120,
  operating_system: "linux",
  architecture: "amd64",
  version: "v2.24.1",
  directory: "/home/coder",
  troubleshooting_url: "https://coder.com/docs/admin/templates/troubleshooting",
  environment_variables: { EDITOR: "vim" },
  scripts: [
    {
      id: id(201),
      display_name: "Install code-server",
      script:
        "#!/bin/sh\nset -e\ncurl -fsSL https://code-server.dev/install.sh | sh\ncode-server --auth none --port 13337 >/tmp/code-server.log 2>&1 &",
      run_on_start: true,
      start_blocks_login: true,
      timeout: 300,
    },
    {
      id: id(202),
      display_name: "Nightly backup",
      script: "rsync -a ~/ /backup/",
      cron: "0 0 2 * * *",
    },
  ],
  apps: [
    app(1, { display_name: "VS Code Web", group: "Editors" }),
    app(2, {
      display_name: "Docs",
      external: true,
      url: "https://coder.com/docs",
      open_in: "tab",
      icon: "/icon/globe.svg",
      health: "disabled",
      healthcheck: {},
    }),
    app(3, { display_name: "Debug console", hidden: true }),
    app(4, { display_name: "Metrics", hidden: true, sharing_level: "organization" }),
  ],
};
const devcontainer = {
  id: id(12),
  parent_id: id(11),
  name: "devcontainer",
  status: "connecting",
  lifecycle_state: "created",
  health: { healthy: false, reason: "agent has not yet connected" },
  created_at: t(-HOUR),
  connection_timeout_seconds: 120,
  operating_system: "linux",
  architecture: "amd64",
  version: "",
  apps: [],
  scripts: [],
};

const workspace = (over, build) => ({
  id: id(1),
  name: "notice-demo",
  owner_name: "alice",
  template_name: "docker",
  template_display_name: "Docker development",
  template_icon: "/icon/docker.svg",
  template_require_active_version: true,
  created_at: t(-60 * DAY),
  updated_at: t(-HOUR),
  last_used_at: t(-3 * DAY),
  outdated: true,
  automatic_updates: "never",
  autostart_schedule: "CRON_TZ=Europe/Berlin 30 8 * * 1-5",
  ttl_ms: 8 * HOUR,
  next_start_at: t(14 * HOUR),
  dormant_at: t(-2 * DAY),
  deleting_at: t(28 * DAY),
  health: { healthy: false, failing_agents: [id(11), id(12)] },
  ...over,
  latest_build: {
    id: id(2),
    build_number: 42,
    status: "running",
    transition: "start",
    reason: "ssh_connection",
    initiator_name: "alice",
    template_version_name: "brave_turing3",
    created_at: t(-5 * HOUR),
    deadline: t(2 * HOUR),
    max_deadline: t(7 * HOUR),
    daily_cost: 4,
    resources: [
      {
        id: id(3),
        name: "dev",
        type: "docker_container",
        icon: "/icon/docker.svg",
        hide: false,
        daily_cost: 4,
        agents: [main, devcontainer],
      },
    ],
    job: {
      id: id(4),
      status: "succeeded",
      created_at: t(-5 * HOUR),
      started_at: t(-5 * HOUR + 2000),
      completed_at: t(-5 * HOUR + 40_000),
      worker_id: id(5),
      queue_position: 0,
      queue_size: 0,
    },
    ...build,
  },
});

const pages = [
  { name: "detail-notices", body: workspace({}, {}) },
  {
    name: "detail-notices-queued",
    body: workspace(
      { dormant_at: null, deleting_at: null, health: { healthy: true, failing_agents: [] } },
      {
        status: "pending",
        resources: [],
        matched_provisioners: { count: 0, available: 0 },
        job: {
          id: id(4),
          status: "pending",
          created_at: t(-4 * 60_000),
          queue_position: 3,
          queue_size: 7,
        },
      },
    ),
  },
  {
    name: "detail-notices-failed",
    body: workspace(
      {
        dormant_at: null,
        deleting_at: null,
        outdated: false,
        health: { healthy: true, failing_agents: [] },
      },
      {
        status: "failed",
        resources: [],
        job: {
          id: id(4),
          status: "failed",
          created_at: t(-4 * 60_000),
          started_at: t(-3 * 60_000),
          completed_at: t(-2 * 60_000),
          error: "insufficient quota: this build would use 12 credits; 10 remain",
          error_code: "INSUFFICIENT_QUOTA",
        },
      },
    ),
  },
];

const sizes = [
  { name: "desktop", width: 1440, height: 1000 },
  { name: "phone", width: 390, height: 844 },
];
const only = process.argv[3];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumArgs,
});
for (const p of pages) {
  if (only && p.name !== only) continue;
  for (const scheme of ["light", "dark"]) {
    for (const size of sizes) {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
      });
      await page.route("**/api/v2/workspaces/*", (route) => route.fulfill({ json: p.body }));
      await page.goto(`${base}/workspaces/${id(1)}`);
      await page.getByRole("heading", { level: 1, name: "notice-demo" }).waitFor();
      await page.waitForTimeout(400);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      const file = `${out}${p.name}-${size.name}-${scheme}.png`;
      // Desktop: the whole page. Phone: the first screen, where the notices are.
      await page.screenshot({ path: file, fullPage: size.name === "desktop" });
      const findings = await axeFindings(page);
      console.log(findings.length ? `axe: ${findings.join("\n")}` : "axe: no serious findings");
      if (process.env.AGENT_SHOT) {
        await page.keyboard.press("Tab");
        await page.getByRole("button", { name: "Show 2 hidden apps" }).focus();
        await page.screenshot({ path: `${process.env.AGENT_SHOT}-${size.name}-${scheme}.png` });
      }
      console.log(file, overflow > 0 ? `SIDEWAYS SCROLL ${overflow}px` : "no sideways scroll");
      if (overflow > 0) {
        // Name what sticks out, to fix it.
        const wide = await page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          return [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > w + 1)
            .slice(-5)
            .map((el) => `${el.tagName}.${el.className} ${(el.textContent ?? "").slice(0, 40)}`);
        });
        console.log(wide.join("\n"));
      }
      await page.close();
    }
  }
}
await browser.close();
