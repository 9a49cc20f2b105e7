import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { test, type Browser } from "@playwright/test";
import { openMoreFilters } from "../browser/folds";
import { CHROMIUM_ARGS } from "../browser/playwright.config";
import { startProductionServer } from "../browser/productionServer";
import { DEFAULT_CHURN } from "./coderd";
// The app's own cadence for reading the whole fleet again, to spread that read over the minutes.
import { fleetSyncInterval } from "../../src/api/polling";
import {
  BENCH_JSON,
  benchValue,
  DIST,
  freshPage,
  median,
  mergeInto,
  num,
  PORT_BASE,
  probe,
  readResults,
  round,
  table,
  timeOrigin,
} from "./lib";
import { startBenchServer, type BenchServer } from "./server";

// `npm run bench`: each test measures one part and merges its section into bench-results/bench.json
// (so `-g` can re-run one part); the last test prints every figure with its target. Every
// browser figure is the median of RUNS fresh loads (a new browser context each: nothing cached).

const RUNS = num("BENCH_RUNS", 5);
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,5000,50000").split(",").map(Number);
const BIG = num("BENCH_BIG", 5000);
const ATTENTION_SIZES = (process.env.BENCH_ATTENTION_SIZES ?? "5000,50000").split(",").map(Number);
const POLL_N = num("BENCH_POLL_SIZE", 5000);
const POLL_SECONDS = num("BENCH_POLL_SECONDS", 60);
const POLL_WARMUP_SECONDS = num("BENCH_POLL_WARMUP_SECONDS", 15);
const LH_N = num("LH_SIZE", 5000);
const LH_RUNS = num("LH_RUNS", 1);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The API quiet this long (after first rows) = the fleet has loaded. */
const QUIET_MS = 1_500;

const kib = (bytes: number) => round(bytes / 1024);

/** Gzip (level 9) and brotli sizes of each built file, once. */
const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
function sizeOf(path: string, buf?: Buffer) {
  let s = sizes.get(path);
  if (!s) {
    const b = buf ?? readFileSync(join(DIST, path.replace(/^\//, "")));
    s = {
      raw: b.length,
      gzip: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b).length,
    };
    sizes.set(path, s);
  }
  return s;
}

/** Scripts in index.html itself (the early-fetch script and any other inline one). */
function inlineScripts() {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const bodies = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .filter((s) => s.trim() !== "");
  return sizeOf("(inline scripts in index.html)", Buffer.from(bodies.join("\n")));
}

/** What index.html names (the old, static reading of "initial JS"). */
function staticInitialJs() {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  const total = files
    .map((f) => sizeOf(f))
    .reduce(
      (a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }),
      inlineScripts(),
    );
  return { files, rawKiB: kib(total.raw), gzipKiB: kib(total.gzip), brotliKiB: kib(total.brotli) };
}

/**
 * Waits until the API has been quiet for QUIET_MS (and `notBefore` has passed). Returns when the
 * last API response finished and when the wait ended (both ms since the epoch), NaN on timeout.
 */
async function waitForQuietApi(server: BenchServer, notBefore: number, timeout = 180_000) {
  const meter = server.api.meter;
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = Date.now();
    if (now >= notBefore && meter.inflight === 0 && now - meter.lastAt >= QUIET_MS) {
      return { lastResponse: meter.lastAt, settled: now };
    }
    if (now > deadline) return { lastResponse: NaN, settled: now };
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface AppLoad {
  firstRows: number;
  /** ms from navigation until the last API response of the load (or first rows, if later). */
  fleetLoaded: number;
  maxLongTaskAfterFirstRows: number;
  longTasksOver200AfterFirstRows: number;
  maxLongTaskBeforeFirstRows: number;
  scripts: { path: string; raw: number; gzip: number; brotli: number }[];
}

async function appLoad(browser: Browser, server: BenchServer): Promise<AppLoad> {
  const page = await freshPage(browser);
  server.served.length = 0;
  await page.goto(`${server.url}/workspaces`, { waitUntil: "commit" });
  const firstRows = await benchValue(page, "firstRows");
  const origin = await timeOrigin(page);
  const firstRowsAt = origin + firstRows;
  const scripts = server.served
    .filter((s) => s.path.endsWith(".js") && s.at <= firstRowsAt)
    .map((s) => ({ path: s.path, ...sizeOf(s.path) }));
  // "While the rest of the fleet loads": from the first rows until the API has been quiet for
  // QUIET_MS (so the handling of the last response is inside the window).
  const quiet = await waitForQuietApi(server, firstRowsAt + 1_000);
  const loaded = Math.max(quiet.lastResponse - origin, firstRows);
  const windowEnd = quiet.settled - origin;
  const tasks = (await probe(page)).longtasks;
  const after = tasks.filter((t) => t.start + t.duration > firstRows && t.start <= windowEnd);
  const before = tasks.filter((t) => t.start < firstRows);
  await page.context().close();
  return {
    firstRows,
    fleetLoaded: loaded,
    maxLongTaskAfterFirstRows: Math.max(0, ...after.map((t) => t.duration)),
    longTasksOver200AfterFirstRows: after.filter((t) => t.duration > 200).length,
    maxLongTaskBeforeFirstRows: Math.max(0, ...before.map((t) => t.duration)),
    scripts,
  };
}

async function firstRowsOf(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url, { waitUntil: "commit" });
  const t = await benchValue(page, "firstRows");
  await page.context().close();
  return t;
}

test("first rows vs baselines, long tasks while the fleet loads, initial JS", async ({
  browser,
}) => {
  test.setTimeout(90 * 60_000);
  const rows = [];
  let initialJs: Record<string, unknown> | undefined;
  let port = PORT_BASE;
  for (const n of SIZES) {
    const server = await startBenchServer({ port: port++, size: n, dist: DIST });
    const loads: AppLoad[] = [];
    const html: number[] = [];
    const fetchFloor: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        loads.push(await appLoad(browser, server));
        html.push(await firstRowsOf(browser, `${server.url}/baseline/html`));
        fetchFloor.push(await firstRowsOf(browser, `${server.url}/baseline/fetch`));
      }
    } finally {
      await server.close();
    }
    const app = round(median(loads.map((l) => l.firstRows)));
    const h = round(median(html));
    const f = round(median(fetchFloor));
    rows.push({
      n,
      app,
      html: h,
      fetch: f,
      vsHtml: round(app / h, 2),
      vsFetch: round(app / f, 2),
      fleetLoadedMs: round(median(loads.map((l) => l.fleetLoaded))),
      maxLongTaskAfterFirstRowsMs: round(median(loads.map((l) => l.maxLongTaskAfterFirstRows))),
      worstLongTaskAfterFirstRowsMs: round(
        Math.max(...loads.map((l) => l.maxLongTaskAfterFirstRows)),
      ),
      longTasksOver200AfterFirstRows: Math.max(
        ...loads.map((l) => l.longTasksOver200AfterFirstRows),
      ),
      maxLongTaskBeforeFirstRowsMs: round(median(loads.map((l) => l.maxLongTaskBeforeFirstRows))),
      runs: { app: loads.map((l) => round(l.firstRows)), html, fetch: fetchFloor },
    });
    if (n === BIG || initialJs === undefined) {
      // Every script fetched before the first row, from the server's log (module preloads and
      // worker scripts included), plus index.html's inline scripts. The most of any run.
      const worst = loads.reduce<AppLoad | undefined>(
        (a, l) =>
          !a ||
          l.scripts.reduce((s, x) => s + x.gzip, 0) > a.scripts.reduce((s, x) => s + x.gzip, 0)
            ? l
            : a,
        undefined,
      );
      const scripts = [...(worst?.scripts ?? []), { path: "(inline)", ...inlineScripts() }];
      initialJs = {
        atN: n,
        beforeFirstRow: {
          files: scripts.map((s) => ({ path: s.path, gzipKiB: kib(s.gzip) })),
          rawKiB: kib(scripts.reduce((a, s) => a + s.raw, 0)),
          gzipKiB: kib(scripts.reduce((a, s) => a + s.gzip, 0)),
          brotliKiB: kib(scripts.reduce((a, s) => a + s.brotli, 0)),
        },
        namedInIndexHtml: staticInitialJs(),
      };
    }
  }
  mergeInto(BENCH_JSON, "firstRows", { date: new Date().toISOString(), runs: RUNS, rows });
  mergeInto(BENCH_JSON, "initialJs", initialJs);
});

test(`at N = ${BIG}: filter repaint, detail header, refetch long tasks, heap`, async ({
  browser,
}) => {
  test.setTimeout(60 * 60_000);
  const server = await startBenchServer({ port: PORT_BASE + 20, size: BIG, dist: DIST });
  const filter: number[] = [];
  const filterInput: number[] = [];
  const filterWhole: number[] = [];
  const open: number[] = [];
  const blocking: number[] = [];
  const tbt: number[] = [];
  const heap: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // Filter change: from the response's arrival (and from the input) to the new rows painted.
      let page = await freshPage(browser);
      await page.goto(`${server.url}/workspaces`);
      await benchValue(page, "firstRows");
      await page.evaluate(() => {
        const bench = (window as unknown as { __bench: Record<string, number> }).__bench;
        document.addEventListener("change", (e) => (bench.filterInput = e.timeStamp), {
          capture: true,
          once: true,
        });
        // The new rows at the top of the table (the previous filter's are dimmed), and then the
        // whole page of them (the table no longer busy): the app renders a window of rows first.
        const paintedAs = (key: string) =>
          requestAnimationFrame(() => setTimeout(() => (bench[key] = performance.now()), 0));
        // The app keeps only its latest response mark: note each as it is made.
        const responses: number[] = [];
        (window as unknown as { __responses: number[] }).__responses = responses;
        new PerformanceObserver((list) => {
          for (const e of list.getEntriesByName("workspaces:response")) responses.push(e.startTime);
        }).observe({ type: "mark" });
        let top = false;
        const observer = new MutationObserver(() => {
          const table = document.querySelector("table[aria-label=Workspaces]");
          const status = table?.querySelector("tbody tr td:nth-child(4)");
          if (!table || table.closest(".dimmed") || !status?.textContent.includes("Failed")) return;
          if (!top) paintedAs("filterPainted");
          top = true;
          if (table.getAttribute("aria-busy") === "false") {
            observer.disconnect();
            paintedAs("filterWholePainted");
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
      await openMoreFilters(page);
      await page.getByLabel("Status", { exact: true }).selectOption("failed");
      const painted = await benchValue(page, "filterPainted");
      const input = await benchValue(page, "filterInput");
      // The app marks the list response's arrival (it is fetched in a worker, out of the page's
      // resource timing); without that mark, the page's own resource timing if it fetched there.
      // The first after the input: the new filter's first page (its chunks follow it).
      const arrived = await page.evaluate(
        (after) =>
          (window as unknown as { __responses: number[] }).__responses.find((t) => t > after) ??
          (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find(
            (e) => e.name.includes("/api/v2/workspaces") && e.name.includes("failed"),
          )?.responseEnd,
        input,
      );
      filter.push(painted - (arrived ?? NaN));
      filterInput.push(painted - input);
      filterWhole.push((await benchValue(page, "filterWholePainted")) - (arrived ?? NaN));

      // JS heap after load, after a garbage collection.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("HeapProfiler.collectGarbage");
      const usage = await cdp.send("Runtime.getHeapUsage");
      heap.push(usage.usedSize / 1024 / 1024);
      await page.context().close();

      // Opening a workspace from the list: from the click to its header painted.
      page = await freshPage(browser);
      await page.goto(`${server.url}/workspaces`);
      await benchValue(page, "firstRows");
      await page.waitForTimeout(1500);
      const link = page.locator("table tbody tr td a").first();
      const name = (await link.textContent()) ?? "";
      await page.evaluate((wanted) => {
        const bench = (window as unknown as { __bench: Record<string, number> }).__bench;
        document.addEventListener("click", (e) => (bench.clickAt = e.timeStamp), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (document.querySelector("h1")?.textContent === wanted) {
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => (bench.headerPainted = performance.now()), 0),
            );
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, name);
      await link.click();
      open.push((await benchValue(page, "headerPainted")) - (await benchValue(page, "clickAt")));
      await page.context().close();

      // Main-thread blocking during one background refetch, seen from the server's side (works
      // whatever the app fetches, and wherever).
      page = await freshPage(browser);
      await page.goto(`${server.url}/workspaces`);
      const firstRows = await benchValue(page, "firstRows");
      const origin = await timeOrigin(page);
      await waitForQuietApi(server, origin + firstRows + 1_000);
      const before = server.api.meter.log.length;
      await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
      const t0 = Date.now();
      while (server.api.meter.log.length === before && Date.now() - t0 < 40_000) {
        await page.waitForTimeout(50);
      }
      if (server.api.meter.log.length === before) {
        throw new Error("no background refetch was seen within 40 s");
      }
      const started = (server.api.meter.log[before]?.at ?? t0) - origin;
      await waitForQuietApi(server, 0);
      await page.waitForTimeout(1500);
      const tasks = (await probe(page)).longtasks
        .filter((t) => t.start >= started - 1000)
        .map((t) => t.duration);
      blocking.push(tasks.reduce((a, b) => a + b, 0));
      tbt.push(tasks.reduce((a, b) => a + Math.max(0, b - 50), 0));
      await page.context().close();
    }
  } finally {
    await server.close();
  }
  mergeInto(BENCH_JSON, "interactions", {
    date: new Date().toISOString(),
    n: BIG,
    runs: RUNS,
    filterRepaintMs: round(median(filter)),
    filterInputToPaintMs: round(median(filterInput)),
    filterWholePageMs: round(median(filterWhole)),
    openDetailMs: round(median(open)),
    refetchLongTasksMs: round(median(blocking)),
    refetchTotalBlockingTimeMs: round(median(tbt)),
    heapMiB: round(median(heap)),
  });
});

/** Marks, after paint, when the attention view's first group and the overview's figures appear. */
const TRIAGE_PROBE = () => {
  const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
  const afterPaint = (name: string) =>
    requestAnimationFrame(() => setTimeout(() => (bench[name] ??= performance.now()), 0));
  const observer = new MutationObserver(() => {
    if (bench.groupSeen === undefined && document.querySelector("li[data-group]")) {
      bench.groupSeen = true;
      afterPaint("firstGroup");
    }
    const overview = document.querySelector("section[aria-labelledby=overview-title]");
    if (
      bench.overviewSeen === undefined &&
      [...(overview?.querySelectorAll("a") ?? [])].some((a) =>
        /^Needs attention \(\d/.test(a.textContent),
      )
    ) {
      bench.overviewSeen = true;
      afterPaint("overviewFigures");
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
};

interface AttentionLoad {
  firstGroup: number;
  /** ms from navigation until the last API response of the load. */
  fleetLoaded: number;
  maxLongTaskAfterFirstGroup: number;
  longTasksOver200: number;
  chipClickToPaint: number;
}

async function attentionLoad(browser: Browser, server: BenchServer): Promise<AttentionLoad> {
  const page = await freshPage(browser);
  await page.addInitScript(TRIAGE_PROBE);
  await page.goto(`${server.url}/workspaces/attention`, { waitUntil: "commit" });
  const firstGroup = await benchValue(page, "firstGroup");
  const origin = await timeOrigin(page);
  // Loaded when the page says so (its progress bar goes) and the API has been quiet since: on a
  // busy machine a pause between two chunks can outlast the quiet on its own.
  await page
    .getByRole("progressbar", { name: "Workspaces loaded" })
    .waitFor({ state: "detached", timeout: 600_000 });
  const quiet = await waitForQuietApi(server, origin + firstGroup + 1_000);
  const windowEnd = quiet.settled - origin;
  const tasks = (await probe(page)).longtasks.filter(
    (t) => t.start + t.duration > firstGroup && t.start <= windowEnd,
  );
  // A kind chip, once the fleet is in: from the click to its groups painted.
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Record<string, number> }).__bench;
    document.addEventListener("click", (e) => (bench.chipClick = e.timeStamp), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const current = document.querySelector('nav[aria-label="Problems by kind"] [aria-current]');
      const shown =
        document.querySelector("ol[aria-label=Unhealthy]") ??
        [...document.querySelectorAll("h3")].find(
          (h) => h.textContent === "No workspace: unhealthy",
        );
      if (current?.textContent.startsWith("Unhealthy") && shown) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (bench.chipPainted = performance.now()), 0));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole("link", { name: /^Unhealthy \d/ }).click();
  const chipClickToPaint =
    (await benchValue(page, "chipPainted")) - (await benchValue(page, "chipClick"));
  await page.context().close();
  return {
    firstGroup,
    fleetLoaded: Math.max(quiet.lastResponse - origin, firstGroup),
    maxLongTaskAfterFirstGroup: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasksOver200: tasks.filter((t) => t.duration > 200).length,
    chipClickToPaint,
  };
}

async function overviewFigures(browser: Browser, server: BenchServer): Promise<number> {
  const page = await freshPage(browser);
  await page.addInitScript(TRIAGE_PROBE);
  await page.goto(`${server.url}/workspaces`, { waitUntil: "commit" });
  const t = await benchValue(page, "overviewFigures");
  await page.context().close();
  return t;
}

test("attention and overview while the fleet loads: first group, longest task, chip, first figures", async ({
  browser,
}) => {
  test.setTimeout(60 * 60_000);
  const rows = [];
  let port = PORT_BASE + 50;
  for (const n of ATTENTION_SIZES) {
    const server = await startBenchServer({ port: port++, size: n, dist: DIST });
    const loads: AttentionLoad[] = [];
    const overview: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        loads.push(await attentionLoad(browser, server));
        overview.push(await overviewFigures(browser, server));
      }
    } finally {
      await server.close();
    }
    rows.push({
      n,
      firstGroupMs: round(median(loads.map((l) => l.firstGroup))),
      fleetLoadedMs: round(median(loads.map((l) => l.fleetLoaded))),
      maxLongTaskWhileLoadingMs: round(median(loads.map((l) => l.maxLongTaskAfterFirstGroup))),
      worstLongTaskWhileLoadingMs: round(
        Math.max(...loads.map((l) => l.maxLongTaskAfterFirstGroup)),
      ),
      longTasksOver200: Math.max(...loads.map((l) => l.longTasksOver200)),
      chipClickToPaintMs: round(median(loads.map((l) => l.chipClickToPaint))),
      overviewFirstFiguresMs: round(median(overview)),
      runs: {
        firstGroup: loads.map((l) => round(l.firstGroup)),
        maxLongTask: loads.map((l) => round(l.maxLongTaskAfterFirstGroup)),
        chip: loads.map((l) => round(l.chipClickToPaint)),
        overview: overview.map((x) => round(x)),
      },
    });
  }
  mergeInto(BENCH_JSON, "attention", { date: new Date().toISOString(), runs: RUNS, rows });
});

test(`polling: bytes from coderd per minute at N = ${POLL_N}, builds in progress`, async ({
  browser,
}) => {
  test.setTimeout((POLL_SECONDS + POLL_WARMUP_SECONDS) * 1000 + 5 * 60_000);
  const server = await startBenchServer({
    port: PORT_BASE + 30,
    size: POLL_N,
    dist: DIST,
    compress: true,
    churn: DEFAULT_CHURN,
  });
  try {
    const page = await freshPage(browser);
    await page.goto(`${server.url}/workspaces`);
    await benchValue(page, "firstRows");
    await page.waitForTimeout(POLL_WARMUP_SECONDS * 1000);
    const meter = server.api.meter;
    const load = meter.totals();
    // The whole fleet read page by page (limit/offset, not the one-row count): it comes again every
    // fleetSyncInterval(n), longer than the window below, so it is added spread over its interval.
    const wholeRead = meter.log
      .filter((e) => /[?&]offset=|[?&]limit=50(&|$)/.test(e.path))
      .reduce((a, e) => ({ raw: a.raw + e.raw, wire: a.wire + e.wire }), { raw: 0, wire: 0 });
    const resyncMinutes = fleetSyncInterval(POLL_N) / 60_000;
    meter.reset();
    const churnBefore = server.api.churned();
    const t0 = Date.now();
    await page.waitForTimeout(POLL_SECONDS * 1000);
    const elapsed = Date.now() - t0;
    const window = [...meter.log];
    const churnAfter = server.api.churned();
    await page.context().close();
    const perMin = (bytes: number) => round(bytes / 1e6 / (elapsed / 60_000), 2);
    const kind = (path: string) =>
      /^\/api\/v2\/workspaces\/[^/?]+/.test(path)
        ? "detail"
        : /[?&]q=[^&]*id%3A|[?&]q=[^&]*id:/i.test(path)
          ? "list by id:"
          : /[?&](limit|offset)=/.test(path)
            ? "list page"
            : "list, everything";
    const kinds: Record<string, { requests: number; raw: number; wire: number }> = {};
    for (const e of window) {
      const k = (kinds[kind(e.path)] ??= { requests: 0, raw: 0, wire: 0 });
      k.requests++;
      k.raw += e.raw;
      k.wire += e.wire;
    }
    const raw = window.reduce((a, e) => a + e.raw, 0);
    const wire = window.reduce((a, e) => a + e.wire, 0);
    mergeInto(BENCH_JSON, "polling", {
      date: new Date().toISOString(),
      n: POLL_N,
      windowSeconds: round(elapsed / 1000),
      warmupSeconds: POLL_WARMUP_SECONDS,
      churn: DEFAULT_CHURN,
      buildsStarted: churnAfter.started - churnBefore.started,
      buildsFinished: churnAfter.finished - churnBefore.finished,
      requests: window.length,
      // What a tab costs coderd a minute: the window's requests, plus the whole-fleet read spread
      // over its interval.
      rawMBPerMin: round(perMin(raw) + wholeRead.raw / 1e6 / resyncMinutes, 2),
      gzipMBPerMin: round(perMin(wire) + wholeRead.wire / 1e6 / resyncMinutes, 2),
      windowRawMBPerMin: perMin(raw),
      windowGzipMBPerMin: perMin(wire),
      wholeFleetRead: {
        rawMB: round(wholeRead.raw / 1e6, 2),
        gzipMB: round(wholeRead.wire / 1e6, 2),
        everyMinutes: round(resyncMinutes, 1),
      },
      byKind: Object.fromEntries(
        Object.entries(kinds).map(([k, v]) => [
          k,
          { requests: v.requests, rawMBPerMin: perMin(v.raw), gzipMBPerMin: perMin(v.wire) },
        ]),
      ),
      initialLoad: {
        requests: load.requests,
        rawMB: round(load.raw / 1e6, 2),
        gzipMB: round(load.wire / 1e6, 2),
      },
    });
  } finally {
    await server.close();
  }
});

interface LhRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  totalKiB: number;
  failing: string[];
  /** What shifted, from the layout-shifts audit: the element's selector and its shift score. */
  layoutShifts: { selector: string; score: number }[];
}

function layoutShifts(details: unknown): { selector: string; score: number }[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.map((item) => {
    const i = item as { node?: { selector?: string; snippet?: string }; score?: number };
    return {
      selector: i.node?.selector ?? i.node?.snippet ?? "?",
      score: round(i.score ?? NaN, 4),
    };
  });
}

test(`Lighthouse: mobile and desktop, list and detail, N = ${LH_N}, compressed`, async () => {
  test.skip(process.env.BENCH_LIGHTHOUSE === "0", "BENCH_LIGHTHOUSE=0");
  test.setTimeout(60 * 60_000);
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  // Never a downloaded browser: Debian's Chromium, also for anything that reads CHROME_PATH.
  process.env.CHROME_PATH = CHROMIUM;
  const server = await startBenchServer({
    port: PORT_BASE + 40,
    size: LH_N,
    dist: DIST,
    compress: true,
  });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_ARGS,
    port: PORT_BASE + 41,
    logLevel: "silent",
  });
  const results: Record<string, Record<string, unknown>> = {};
  try {
    const detailId = server.api.rows()[0]?.id ?? "";
    const pages = { list: "/workspaces", detail: `/workspaces/${detailId}` };
    for (const preset of ["mobile", "desktop"] as const) {
      for (const [name, path] of Object.entries(pages)) {
        const runs: LhRun[] = [];
        for (let i = 0; i < LH_RUNS; i++) {
          const result = await lighthouse(
            `${server.url}${path}`,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility", "best-practices"],
            },
            preset === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error("Lighthouse returned nothing");
          const lhr = result.lhr;
          // LH_SAVE=dir keeps each report, to read its audits (long tasks, render-blocking, LCP).
          if (process.env.LH_SAVE) {
            await mkdir(process.env.LH_SAVE, { recursive: true });
            await writeFile(
              join(process.env.LH_SAVE, `${preset}-${name}-${i + 1}.json`),
              JSON.stringify(lhr),
            );
          }
          const score = (id: string) => round((lhr.categories[id]?.score ?? NaN) * 100, 0);
          const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          const failing = ["accessibility", "best-practices", "performance"].flatMap((cat) =>
            (lhr.categories[cat]?.auditRefs ?? [])
              .filter((ref) => {
                const a = lhr.audits[ref.id];
                return (
                  a &&
                  ref.weight > 0 &&
                  a.score !== null &&
                  a.score < (cat === "performance" ? 0.9 : 1) &&
                  a.scoreDisplayMode !== "notApplicable"
                );
              })
              .map((ref) => `${cat}:${ref.id}`),
          );
          if (lhr.runtimeError) failing.push(`runtimeError:${lhr.runtimeError.code}`);
          runs.push({
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            cls: round(value("cumulative-layout-shift"), 3),
            tbtMs: round(value("total-blocking-time")),
            lcpMs: round(value("largest-contentful-paint")),
            fcpMs: round(value("first-contentful-paint")),
            totalKiB: kib(value("total-byte-weight")),
            failing,
            layoutShifts: layoutShifts(lhr.audits["layout-shifts"]?.details),
          });
        }
        const pick = (k: Exclude<keyof LhRun, "failing" | "layoutShifts">) =>
          median(runs.map((r) => r[k]));
        results[`${preset} ${name}`] = {
          url: path,
          performance: pick("performance"),
          accessibility: pick("accessibility"),
          bestPractices: pick("bestPractices"),
          cls: pick("cls"),
          tbtMs: pick("tbtMs"),
          lcpMs: pick("lcpMs"),
          fcpMs: pick("fcpMs"),
          totalKiB: pick("totalKiB"),
          failing: [...new Set(runs.flatMap((r) => r.failing))],
          runs,
        };
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  mergeInto(BENCH_JSON, "lighthouse", {
    date: new Date().toISOString(),
    version: (await import("lighthouse/package.json", { with: { type: "json" } })).default.version,
    n: LH_N,
    runs: LH_RUNS,
    results,
  });
});

test("thousands of agents: a detail with 1,000, a list with a 10,000-agent workspace", async ({
  browser,
}) => {
  test.setTimeout(30 * 60_000);
  // The production build behind the fault suite's fake coderd, which can give a workspace N agents.
  process.env.PORT_BASE = String(PORT_BASE + 40);
  const server = await startProductionServer(0);
  const detailFirst: number[] = [];
  const detailTask: number[] = [];
  const listTask: number[] = [];
  const listStartup: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // The detail: from the click on its row to the agents' first screen painted.
      server.coderd.setAgentCount("api-server", 1_000);
      let page = await freshPage(browser);
      await page.goto(`${server.url}/workspaces`);
      await benchValue(page, "firstRows");
      await page.waitForTimeout(1_500);
      const clickedAt = await page.evaluate(() => {
        const bench = (window as unknown as { __bench: Record<string, number> }).__bench;
        const observer = new MutationObserver(() => {
          if (document.body.textContent.includes("of 1,000 agents, unhealthy first")) {
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => (bench.agentsPainted = performance.now()), 0),
            );
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const link = [...document.querySelectorAll("a")].find(
          (a) => a.textContent === "api-server",
        );
        const at = performance.now();
        link?.click();
        return at;
      });
      detailFirst.push((await benchValue(page, "agentsPainted")) - clickedAt);
      await page.waitForTimeout(3_000);
      detailTask.push(
        Math.max(
          0,
          ...(await probe(page)).longtasks
            .filter((t) => t.start + t.duration >= clickedAt)
            .map((t) => t.duration),
        ),
      );
      await page.context().close();

      // The list: every task from navigation until it has settled, and a sort.
      server.coderd.setAgentCount("api-server", 10_000);
      page = await freshPage(browser);
      await page.goto(`${server.url}/workspaces`);
      const firstRows = await benchValue(page, "firstRows");
      await page.waitForTimeout(3_000);
      await page.getByRole("button", { name: "Status" }).click();
      await page.waitForTimeout(2_000);
      // The app's start-up before its first row is the same whatever the data (issue of its own);
      // what the workspace's agents cost is from its first paint on: its row, its overview, a sort.
      const tasks = (await probe(page)).longtasks;
      listTask.push(
        Math.max(
          0,
          ...tasks.filter((t) => t.start + t.duration > firstRows).map((t) => t.duration),
        ),
      );
      listStartup.push(
        Math.max(0, ...tasks.filter((t) => t.start < firstRows).map((t) => t.duration)),
      );
      await page.context().close();
    }
  } finally {
    server.coderd.setAgentCount("api-server", undefined);
    await server.close();
  }
  mergeInto(BENCH_JSON, "manyAgents", {
    date: new Date().toISOString(),
    runs: RUNS,
    detailFirstScreenMs: round(median(detailFirst)),
    detailLongestTaskMs: round(median(detailTask)),
    detailWorstTaskMs: round(Math.max(...detailTask)),
    listLongestTaskMs: round(median(listTask)),
    listWorstTaskMs: round(Math.max(...listTask)),
    listStartupTaskMs: round(median(listStartup)),
  });
});

test("print the table", () => {
  const r = readResults();
  console.log(`\n${report(r)}\nJSON: bench-results/bench.json`);
});

// ---------------------------------------------------------------------------------------------

interface FirstRowsRow {
  n: number;
  app: number;
  html: number;
  fetch: number;
  vsHtml: number;
  vsFetch: number;
  fleetLoadedMs: number;
  maxLongTaskAfterFirstRowsMs: number;
  worstLongTaskAfterFirstRowsMs: number;
  longTasksOver200AfterFirstRows: number;
  maxLongTaskBeforeFirstRowsMs: number;
}

const verdict = (ok: boolean | string | undefined) =>
  typeof ok === "string" ? ok : ok === undefined ? "not run" : ok ? "met" : "MISSED";

/** Every figure the performance targets name, with its target. */
export function report(r: Record<string, unknown>): string {
  const fr = (r.firstRows as { rows: FirstRowsRow[]; runs: number } | undefined)?.rows ?? [];
  const at = (n: number) => fr.find((x) => x.n === n);
  const js = r.initialJs as
    | { beforeFirstRow: { gzipKiB: number; brotliKiB: number; files: unknown[] }; atN: number }
    | undefined;
  const ix = r.interactions as
    | {
        n: number;
        filterRepaintMs: number;
        filterInputToPaintMs: number;
        filterWholePageMs?: number;
        openDetailMs: number;
        refetchLongTasksMs: number;
        refetchTotalBlockingTimeMs: number;
        heapMiB: number;
      }
    | undefined;
  const poll = r.polling as { n: number; rawMBPerMin: number; gzipMBPerMin: number } | undefined;
  const lh = (
    r.lighthouse as
      | {
          results: Partial<
            Record<
              string,
              {
                performance: number;
                accessibility: number;
                bestPractices: number;
                cls: number;
                tbtMs: number;
              }
            >
          >;
        }
      | undefined
  )?.results;
  const soak = r.soak as
    { flat?: boolean; heapChangePct?: number; domChangePct?: number; minutes?: number } | undefined;
  const rows: (string | number)[][] = [];
  const attention =
    (
      r.attention as
        | {
            rows: {
              n: number;
              firstGroupMs: number;
              maxLongTaskWhileLoadingMs: number;
              worstLongTaskWhileLoadingMs: number;
              longTasksOver200: number;
              chipClickToPaintMs: number;
              overviewFirstFiguresMs: number;
            }[];
          }
        | undefined
    )?.rows ?? [];
  const add = (
    figure: string,
    measured: string,
    target: string,
    ok: boolean | string | undefined,
  ) => rows.push([figure, measured, target, verdict(ok)]);
  for (const n of [5000, 50000]) {
    const x = at(n);
    const limit = n === 5000 ? 2 : 3;
    add(
      `First rows, N = ${n.toLocaleString("en")} (app / script-free table)`,
      x ? `${x.app} / ${x.html} ms = ${x.vsHtml}x` : "-",
      `<= ${limit}x`,
      x ? x.vsHtml <= limit : undefined,
    );
  }
  const x50 = at(50000);
  add(
    "Longest task while the rest of the fleet loads, N = 50,000",
    x50
      ? `${x50.maxLongTaskAfterFirstRowsMs} ms median, ${x50.worstLongTaskAfterFirstRowsMs} ms worst (before first rows: ${x50.maxLongTaskBeforeFirstRowsMs} ms)`
      : "-",
    "no task > 200 ms",
    !x50
      ? undefined
      : x50.longTasksOver200AfterFirstRows > 0
        ? false
        : x50.fleetLoadedMs <= x50.app && x50.maxLongTaskBeforeFirstRowsMs > 200
          ? "n/a: no rest"
          : true,
  );
  for (const n of [5000, 50000]) {
    const a = attention.find((x) => x.n === n);
    const N = n.toLocaleString("en");
    add(
      `Needs attention, N = ${N}: first group painted`,
      a ? `${a.firstGroupMs} ms` : "-",
      "",
      a ? "" : undefined,
    );
    add(
      `Needs attention, N = ${N}: longest task while the fleet loads`,
      a
        ? `${a.maxLongTaskWhileLoadingMs} ms median, ${a.worstLongTaskWhileLoadingMs} ms worst`
        : "-",
      "no task > 200 ms",
      a ? a.longTasksOver200 === 0 : undefined,
    );
    add(
      `Needs attention, N = ${N}: kind chip click -> painted`,
      a ? `${a.chipClickToPaintMs} ms` : "-",
      "",
      a ? "" : undefined,
    );
    add(
      `Overview, N = ${N}: navigation -> first figures painted`,
      a ? `${a.overviewFirstFiguresMs} ms` : "-",
      "",
      a ? "" : undefined,
    );
  }
  add(
    "Status filter, response -> first rows painted (input -> painted; whole page)",
    ix
      ? `${ix.filterRepaintMs} ms (${ix.filterInputToPaintMs} ms; ${ix.filterWholePageMs ?? "-"} ms)`
      : "-",
    "< 100 ms",
    ix ? ix.filterRepaintMs < 100 : undefined,
  );
  add(
    "Detail header, list click -> painted",
    ix ? `${ix.openDetailMs} ms` : "-",
    "< 50 ms",
    ix ? ix.openDetailMs < 50 : undefined,
  );
  add(
    "Initial JS, every script fetched before the first row",
    js
      ? `${js.beforeFirstRow.gzipKiB} KiB gzip (${js.beforeFirstRow.brotliKiB} brotli, ${js.beforeFirstRow.files.length} files)`
      : "-",
    "<= 150 KiB gzip",
    js ? js.beforeFirstRow.gzipKiB <= 150 : undefined,
  );
  for (const preset of ["mobile", "desktop"]) {
    for (const page of ["list", "detail"]) {
      const l = lh?.[`${preset} ${page}`];
      const min = preset === "mobile" ? 90 : 98;
      add(
        `Lighthouse ${preset} ${page}: perf / a11y / best pr.`,
        l ? `${l.performance} / ${l.accessibility} / ${l.bestPractices}` : "-",
        `>= ${min} / 100 / 100`,
        l ? l.performance >= min && l.accessibility === 100 && l.bestPractices === 100 : undefined,
      );
      add(
        `Lighthouse ${preset} ${page}: CLS, TBT`,
        l ? `${l.cls}, ${l.tbtMs} ms` : "-",
        "CLS < 0.05",
        l ? l.cls < 0.05 : undefined,
      );
    }
  }
  add(
    `Polling, N = ${poll?.n ?? 5000}, builds in progress (raw JSON / gzip)`,
    poll ? `${poll.rawMBPerMin} / ${poll.gzipMBPerMin} MB/min` : "-",
    "<= 2 MB/min",
    poll ? poll.rawMBPerMin <= 2 : undefined,
  );
  add(
    `Soak, N = 1,000, heap after GC / DOM nodes, last vs first after warm-up`,
    soak ? `${soak.heapChangePct}% / ${soak.domChangePct}% over ${soak.minutes} min` : "-",
    "within 10%",
    soak?.flat,
  );
  const agents = r.manyAgents as
    | {
        detailFirstScreenMs: number;
        detailLongestTaskMs: number;
        detailWorstTaskMs: number;
        listLongestTaskMs: number;
        listWorstTaskMs: number;
        listStartupTaskMs: number;
      }
    | undefined;
  add(
    "Detail with 1,000 agents: list click -> first screen of agents",
    agents ? `${agents.detailFirstScreenMs} ms` : "-",
    "<= 1,000 ms",
    agents ? agents.detailFirstScreenMs <= 1_000 : undefined,
  );
  add(
    "Detail with 1,000 agents: longest task (median, worst)",
    agents ? `${agents.detailLongestTaskMs} ms, ${agents.detailWorstTaskMs} ms` : "-",
    "no task > 200 ms",
    agents ? agents.detailLongestTaskMs <= 200 : undefined,
  );
  add(
    "List with a 10,000-agent workspace: longest task from its first row (median, worst)",
    agents
      ? `${agents.listLongestTaskMs} ms, ${agents.listWorstTaskMs} ms (start-up before it: ${agents.listStartupTaskMs} ms)`
      : "-",
    "no task > 200 ms",
    agents ? agents.listLongestTaskMs <= 200 : undefined,
  );
  const out = [
    "Performance figures (bench-results/bench.json)",
    "",
    table(["Figure", "Measured", "Target", ""], rows),
  ];
  if (fr.length > 0) {
    out.push(
      "",
      "First rows painted (ms from navigation, median)",
      table(
        [
          "N",
          "app",
          "script-free",
          "fetch floor",
          "app/html",
          "app/fetch",
          "fleet loaded",
          "max task after",
          "tasks>200",
        ],
        fr.map((x) => [
          x.n,
          x.app,
          x.html,
          x.fetch,
          x.vsHtml,
          x.vsFetch,
          x.fleetLoadedMs,
          x.maxLongTaskAfterFirstRowsMs,
          x.longTasksOver200AfterFirstRows,
        ]),
      ),
    );
  }
  if (ix) {
    out.push(
      "",
      `At N = ${ix.n}: background refetch long tasks ${ix.refetchLongTasksMs} ms (TBT ${ix.refetchTotalBlockingTimeMs} ms), heap after load ${ix.heapMiB} MiB`,
    );
  }
  return out.join("\n");
}
