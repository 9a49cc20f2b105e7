import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, Page } from "@playwright/test";

// Shared by bench.spec.ts and soak.spec.ts.

export const ROOT = join(import.meta.dirname, "../..");
/** The production build served (BENCH_DIST: a copy, so a rebuild meanwhile leaves a soak alone). */
export const DIST = process.env.BENCH_DIST ?? join(ROOT, "dist");
export const OUT = join(ROOT, "bench-results");
export const BENCH_JSON = join(OUT, "bench.json");
/** Every port the benchmark starts is in 4700-4799 (BENCH_PORT_BASE moves them). */
export const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4700);

export const num = (name: string, fallback: number): number => {
  const v = process.env[name];
  return v === undefined || v === "" ? fallback : Number(v);
};

export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Reads a results file (or {}), sets `section`, writes it back atomically. */
export function mergeInto(file: string, section: string, value: unknown) {
  mkdirSync(dirname(file), { recursive: true });
  let data: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch {
      data = {};
    }
  }
  data[section] = value;
  data.updated = new Date().toISOString();
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, file);
}

export function readResults(file = BENCH_JSON): Record<string, unknown> {
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
    : {};
}

export interface LongTask {
  start: number;
  duration: number;
}
export interface Probe {
  longtasks: LongTask[];
  rowsSeen?: boolean;
  firstRows?: number;
  [key: string]: unknown;
}

// Installed before any page script: marks when the first real table row is painted, and collects
// long tasks.
export const PROBE = () => {
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

export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(PROBE);
  return context.newPage();
}

export async function benchValue(page: Page, key: string, timeout = 120_000): Promise<number> {
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

export const probe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

/** The page's clock origin, ms since the epoch (to compare with the server's Date.now()). */
export const timeOrigin = (page: Page) => page.evaluate(() => performance.timeOrigin);

export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ");
  return [
    line(head),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...cells.slice(1).map(line),
  ].join("\n");
}
