import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { test, type Browser, type Page } from "@playwright/test";
import { startBenchServer } from "./server";

// Prints a table and writes bench-results/bench.json. Every figure is the median of RUNS fresh loads
// (a new browser context each, so nothing is cached).

const DIST = join(import.meta.dirname, "../../dist");
const OUT = join(import.meta.dirname, "../../bench-results");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,5000,10000").split(",").map(Number);
const BIG = 5000;

// Installed before any page script: marks when the first real table row is painted, and collects
// long tasks.
const PROBE = () => {
  const bench: Record<string, number | boolean | { start: number; duration: number }[]> = {
    longtasks: [],
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const afterPaint = (name: string) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench[name] ??= performance.now();
      }, 0),
    );
  const observer = new MutationObserver(() => {
    if (!bench.rowsSeen && document.querySelector("table tbody tr:not([aria-hidden]) td")) {
      bench.rowsSeen = true;
      observer.disconnect();
      afterPaint("firstRows");
    }
  });
  observer.observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      (bench.longtasks as { start: number; duration: number }[]).push({
        start: e.startTime,
        duration: e.duration,
      });
  }).observe({ type: "longtask", buffered: true });
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(PROBE);
  return context.newPage();
}

async function benchValue(page: Page, key: string, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    (k) =>
      typeof (window as unknown as { __bench: Record<string, unknown> }).__bench[k] === "number",
    key,
    { timeout },
  );
  return page.evaluate(
    (k) => (window as unknown as { __bench: Record<string, number> }).__bench[k] ?? NaN,
    key,
  );
}

async function firstRows(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url, { waitUntil: "commit" });
  const t = await benchValue(page, "firstRows");
  await page.context().close();
  return t;
}

function initialJs() {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of files) {
    const buf = readFileSync(join(DIST, f.replace(/^\//, "")));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
    brotli += brotliCompressSync(buf).length;
  }
  return {
    files,
    rawKiB: round(raw / 1024),
    gzipKiB: round(gzip / 1024),
    brotliKiB: round(brotli / 1024),
  };
}

test("benchmark", async ({ browser }) => {
  const results: Record<string, unknown> = {
    runs: RUNS,
    date: new Date().toISOString(),
    initialJs: initialJs(),
  };

  const firstRowsTable: {
    n: number;
    app: number;
    html: number;
    fetch: number;
    vsHtml: number;
    vsFetch: number;
  }[] = [];
  let port = 4190;
  for (const n of SIZES) {
    const server = await startBenchServer({ port: port++, size: n, dist: DIST });
    const app: number[] = [];
    const html: number[] = [];
    const fetchFloor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      app.push(await firstRows(browser, `${server.url}/workspaces`));
      html.push(await firstRows(browser, `${server.url}/baseline/html`));
      fetchFloor.push(await firstRows(browser, `${server.url}/baseline/fetch`));
    }
    const row = {
      n,
      app: round(median(app)),
      html: round(median(html)),
      fetch: round(median(fetchFloor)),
      vsHtml: 0,
      vsFetch: 0,
    };
    row.vsHtml = round(row.app / row.html, 2);
    row.vsFetch = round(row.app / row.fetch, 2);
    firstRowsTable.push(row);
    await server.close();
  }
  results.firstRowsMs = firstRowsTable;

  const server = await startBenchServer({ port: port++, size: BIG, dist: DIST });
  const filter: number[] = [];
  const open: number[] = [];
  const blocking: number[] = [];
  const tbt: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Filter change: from the response's arrival to the new rows painted.
    let page = await freshPage(browser);
    await page.goto(`${server.url}/workspaces`);
    await benchValue(page, "firstRows");
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Record<string, number> }).__bench;
      const observer = new MutationObserver(() => {
        const table = document.querySelector("table[aria-label=Workspaces]");
        const status = table?.querySelector("tbody tr td:nth-child(4)");
        if (
          table?.getAttribute("aria-busy") === "false" &&
          status?.textContent.includes("Failed")
        ) {
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => (bench.filterPainted = performance.now()), 0),
          );
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await page.getByLabel("Status", { exact: true }).selectOption("failed");
    const painted = await benchValue(page, "filterPainted");
    // The list is fetched in a worker; the app marks the response's arrival on the page's clock.
    const arrived = await page.evaluate(
      () => performance.getEntriesByName("workspaces:response").at(-1)?.startTime,
    );
    filter.push(painted - (arrived ?? NaN));

    // JS heap after load, after a garbage collection.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
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

    // Main-thread blocking during one background refetch of the whole list.
    page = await freshPage(browser);
    await page.goto(`${server.url}/workspaces`);
    await benchValue(page, "firstRows");
    await page.waitForTimeout(3000);
    const tasks = await page.evaluate(async () => {
      const bench = (
        window as unknown as { __bench: { longtasks: { start: number; duration: number }[] } }
      ).__bench;
      const t0 = performance.now();
      const isRefetch = () =>
        performance.getEntriesByName("workspaces:response").some((e) => e.startTime > t0);
      window.dispatchEvent(new Event("visibilitychange"));
      const deadline = t0 + 20_000;
      while (!isRefetch() && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      if (!isRefetch()) return undefined;
      await new Promise((r) => setTimeout(r, 1500));
      return bench.longtasks.filter((t) => t.start >= t0).map((t) => t.duration);
    });
    if (!tasks) throw new Error("no background refetch was seen within 20 s");
    blocking.push(tasks.reduce((a, b) => a + b, 0));
    tbt.push(tasks.reduce((a, b) => a + Math.max(0, b - 50), 0));
    await page.context().close();
  }
  await server.close();
  results.atN5000 = {
    filterRepaintMs: round(median(filter)),
    openDetailMs: round(median(open)),
    refetchLongTasksMs: round(median(blocking)),
    refetchTotalBlockingTimeMs: round(median(tbt)),
    heapMiB: round(median(heap)),
  };

  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "bench.json"), `${JSON.stringify(results, null, 2)}\n`);

  const js = results.initialJs as ReturnType<typeof initialJs>;
  const big = results.atN5000 as Record<string, number>;
  const lines = [
    "",
    `Benchmark (median of ${RUNS} fresh loads, Chromium, production build)`,
    "",
    `Initial JS for /workspaces: ${js.gzipKiB} KiB gzip, ${js.brotliKiB} KiB brotli (${js.rawKiB} KiB raw, ${js.files.length} files)`,
    "",
    "First rows painted (ms from navigation)",
    "      N |    app | HTML only | fetch+render | app/HTML | app/fetch",
    ...firstRowsTable.map(
      (r) =>
        `${String(r.n).padStart(7)} | ${String(r.app).padStart(6)} | ${String(r.html).padStart(9)} | ${String(r.fetch).padStart(12)} | ${String(r.vsHtml).padStart(8)} | ${String(r.vsFetch).padStart(9)}`,
    ),
    "",
    `At N = ${BIG}:`,
    `  status filter, response to rows painted: ${big.filterRepaintMs} ms`,
    `  open a workspace, click to header painted: ${big.openDetailMs} ms`,
    `  background refetch, long tasks: ${big.refetchLongTasksMs} ms (total blocking time ${big.refetchTotalBlockingTimeMs} ms)`,
    `  JS heap after load: ${big.heapMiB} MiB`,
    "",
    `JSON: bench-results/bench.json`,
  ];
  console.log(lines.join("\n"));
});
