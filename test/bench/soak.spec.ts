import { join } from "node:path";
import { test } from "@playwright/test";
import type { ChurnOptions } from "./coderd";
import {
  BENCH_JSON,
  benchValue,
  DIST,
  freshPage,
  mergeInto,
  num,
  OUT,
  PORT_BASE,
  round,
  table,
} from "./lib";
import { startBenchServer } from "./server";

// The soak (`npm run bench:soak`): the list open for SOAK_MINUTES (20) at N = SOAK_SIZE (5,000)
// on today's data path: the first page, the rest in chunks, then refreshes by `id:` and `count`
// between whole reads, while 1% of the fleet is building and each of those builds moves on at every
// active poll (5 s). Every SOAK_SAMPLE_SECONDS (60) it forces a garbage collection and samples the
// page's JS heap, DOM nodes and the API requests in flight (now, and the most at once since the last
// sample). It asserts nothing: it prints first/last, the change and the least-squares slope of each.
// Flat = the last sample within 10% of the first one after SOAK_WARMUP_MINUTES (6: past TanStack
// Query's 5-minute gcTime, which frees the first load's queries; before it the heap is ~50% higher).
// Writes SOAK_OUT (bench-results/soak.json) after every sample, and the result into bench.json.
// SOAK_MINUTES=2 SOAK_SAMPLE_SECONDS=20 is a quick check. SOAK_PORT (BENCH_PORT_BASE + 60).

const MINUTES = num("SOAK_MINUTES", 20);
const SAMPLE_SECONDS = num("SOAK_SAMPLE_SECONDS", 60);
const WARMUP_MINUTES = num("SOAK_WARMUP_MINUTES", 6);
const N = num("SOAK_SIZE", 5000);
const PORT = num("SOAK_PORT", PORT_BASE + 60);
/** 1% of the fleet in progress, each build a step further at every active poll. */
const CHURN: ChurnOptions = { tickMs: 1_000, stepMs: 5_000, share: 0.01 };
const TOLERANCE_PCT = 10;
const OUTFILE = process.env.SOAK_OUT ?? join(OUT, "soak.json");

interface Sample {
  minute: number;
  heapMiB: number;
  domNodes: number;
  /** Nodes in the document (Memory.getDOMCounters also counts detached ones not yet collected). */
  attachedNodes: number;
  listeners: number;
  requests: number;
  /** API requests the page had sent and not yet seen answered, at the sample. */
  inflight: number;
  /** The most API requests in flight at once since the previous sample. */
  inflightMax: number;
  apiMB: number;
  buildsFinished: number;
}

const pct = (from: number, to: number) => round(((to - from) / from) * 100, 1);

/** Least-squares slope, per hour, of ys over minutes. */
function slopePerHour(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num_ = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num_ += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  return den ? (num_ / den) * 60 : NaN;
}

test(`soak: ${MINUTES} min of polling at N = ${N}, builds in progress`, async ({ browser }) => {
  test.setTimeout((MINUTES + 10) * 60_000);
  const server = await startBenchServer({
    port: PORT,
    size: N,
    dist: DIST,
    churn: CHURN,
  });
  const samples: Sample[] = [];
  const started = new Date().toISOString();
  const summarize = (done: boolean) => {
    const warm = Math.min(WARMUP_MINUTES, MINUTES / 2);
    const base = samples.find((s) => s.minute >= warm) ?? samples[0];
    const last = samples.at(-1);
    const after = samples.filter((s) => s.minute >= warm);
    const heapChangePct = base && last ? pct(base.heapMiB, last.heapMiB) : NaN;
    const domChangePct = base && last ? pct(base.domNodes, last.domNodes) : NaN;
    const trend = (pick: (s: Sample) => number, digits: number) => ({
      first: base ? pick(base) : NaN,
      last: last ? pick(last) : NaN,
      slopePerHour: round(
        slopePerHour(
          after.map((s) => s.minute),
          after.map(pick),
        ),
        digits,
      ),
    });
    return {
      started,
      done,
      n: N,
      minutes: last ? round(last.minute, 1) : 0,
      plannedMinutes: MINUTES,
      sampleSeconds: SAMPLE_SECONDS,
      warmupMinutes: warm,
      churn: CHURN,
      baseline: base,
      heapMiB: trend((s) => s.heapMiB, 2),
      domNodes: trend((s) => s.domNodes, 1),
      attachedNodes: trend((s) => s.attachedNodes, 1),
      inflight: trend((s) => s.inflight, 2),
      inflightMaxSeen: Math.max(0, ...samples.map((s) => s.inflightMax)),
      heapChangePct,
      domChangePct,
      heapMaxMiB: Math.max(...after.map((s) => s.heapMiB)),
      heapSlopeMiBPerHour: round(
        slopePerHour(
          after.map((s) => s.minute),
          after.map((s) => s.heapMiB),
        ),
        2,
      ),
      tolerancePct: TOLERANCE_PCT,
      flat: Math.abs(heapChangePct) <= TOLERANCE_PCT && Math.abs(domChangePct) <= TOLERANCE_PCT,
      samples,
    };
  };
  try {
    const page = await freshPage(browser);
    // The page's own view of requests in flight (the server's meter also counts its own queue).
    let inflight = 0;
    let inflightMax = 0;
    const isApi = (url: string) => new URL(url).pathname.startsWith("/api/");
    page.on("request", (r) => {
      if (!isApi(r.url())) return;
      inflight++;
      inflightMax = Math.max(inflightMax, inflight);
    });
    const done = (r: { url(): string }) => {
      if (isApi(r.url())) inflight--;
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);
    await page.goto(`${server.url}/workspaces`);
    await benchValue(page, "firstRows");
    await page.waitForTimeout(5_000);
    const cdp = await page.context().newCDPSession(page);
    const t0 = Date.now();
    const churn0 = server.api.churned();
    for (;;) {
      // Sample between polls (no response in flight or just handled), so each sample sees the app
      // in the same phase.
      const inflightNow = inflight;
      const inflightPeak = inflightMax;
      inflightMax = inflight;
      const meter = server.api.meter;
      const quietBy = Date.now() + 10_000;
      while ((meter.inflight > 0 || Date.now() - meter.lastAt < 1_000) && Date.now() < quietBy) {
        await page.waitForTimeout(100);
      }
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = await cdp.send("Runtime.getHeapUsage");
      const dom = await cdp.send("Memory.getDOMCounters");
      const attachedNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
      const sent = server.api.meter.totals();
      samples.push({
        minute: round((Date.now() - t0) / 60_000, 2),
        heapMiB: round(heap.usedSize / 1024 / 1024, 2),
        domNodes: dom.nodes,
        attachedNodes,
        listeners: dom.jsEventListeners,
        requests: sent.requests,
        inflight: inflightNow,
        inflightMax: inflightPeak,
        apiMB: round(sent.raw / 1e6, 1),
        buildsFinished: server.api.churned().finished - churn0.finished,
      });
      mergeInto(OUTFILE, "soak", summarize(false));
      const next = t0 + samples.length * SAMPLE_SECONDS * 1000;
      if (next > t0 + MINUTES * 60_000 + 1000) break;
      await page.waitForTimeout(Math.max(0, next - Date.now()));
    }
    await page.context().close();
  } finally {
    await server.close();
  }
  const result = summarize(true);
  mergeInto(OUTFILE, "soak", result);
  if (process.env.SOAK_MERGE !== "0") mergeInto(BENCH_JSON, "soak", result);
  console.log(
    [
      "",
      `Soak: ${result.minutes} min at N = ${N}, builds in progress (heap after forced GC)`,
      table(
        [
          "min",
          "heap MiB",
          "DOM nodes",
          "attached",
          "listeners",
          "requests",
          "in flight",
          "most",
          "API MB",
          "builds done",
        ],
        samples.map((s) => [
          s.minute,
          s.heapMiB,
          s.domNodes,
          s.attachedNodes,
          s.listeners,
          s.requests,
          s.inflight,
          s.inflightMax,
          s.apiMB,
          s.buildsFinished,
        ]),
      ),
      "",
      `From minute ${result.baseline?.minute ?? "?"} to the end: heap ${result.heapChangePct}%, DOM nodes ${result.domChangePct}% (slope ${result.heapSlopeMiBPerHour} MiB/h)`,
      JSON.stringify({
        heapMiB: result.heapMiB,
        domNodes: result.domNodes,
        attachedNodes: result.attachedNodes,
        inflight: result.inflight,
        inflightMaxSeen: result.inflightMaxSeen,
      }),
      `${result.flat ? "FLAT" : "NOT FLAT"} within ${TOLERANCE_PCT}%. JSON: ${OUTFILE}`,
    ].join("\n"),
  );
});
