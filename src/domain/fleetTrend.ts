import type { Workspace } from "../coderd/schemas";
import { readHealth } from "./health";
import { isWorkspaceInProgress } from "./status";

// How the fleet's headline counts moved over the day: samples of four counts, kept a day. A sample
// holds numbers only (never a name, an id or anything else the server sent), so it can be stored in
// the browser as it is.

export const TREND_SERIES = ["running", "failed", "unhealthy", "inProgress"] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

export const TREND_LABELS: Record<TrendSeries, string> = {
  running: "Running",
  failed: "Failed",
  unhealthy: "Unhealthy",
  inProgress: "In progress",
};

export type TrendCounts = Record<TrendSeries, number>;

export interface TrendSample extends TrendCounts {
  /** When the fleet counted was read (epoch ms). */
  at: number;
}

/** A day: "since the tab opened" reaches back over reloads, but not past yesterday. */
export const TREND_KEEP_MS = 24 * 60 * 60_000;
/** A sample a minute for a day, and some slack. */
export const TREND_MAX_SAMPLES = 1_500;
/** A sample stamped this far ahead of the clock is from a clock that was wrong: dropped. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The four counts of a whole fleet, health read the one way every view reads it. */
export function trendCounts(workspaces: readonly Workspace[]): TrendCounts {
  const counts: TrendCounts = { running: 0, failed: 0, unhealthy: 0, inProgress: 0 };
  for (const w of workspaces) {
    const status = w.latest_build?.status;
    if (status === "running") counts.running += 1;
    if (status === "failed") counts.failed += 1;
    if (readHealth(w).healthy === false) counts.unhealthy += 1;
    if (isWorkspaceInProgress(w)) counts.inProgress += 1;
  }
  return counts;
}

/** Samples within the day before `now`, oldest first, at most TREND_MAX_SAMPLES (the newest). */
export function pruneTrend(samples: readonly TrendSample[], now: number): TrendSample[] {
  const kept = samples
    .filter((s) => s.at > now - TREND_KEEP_MS && s.at <= now + FUTURE_SLACK_MS)
    .sort((a, b) => a.at - b.at);
  return kept.slice(Math.max(0, kept.length - TREND_MAX_SAMPLES));
}

/** `samples` with `sample` added, unless the last one is less than `minGapMs` old. */
export function addTrendSample(
  samples: readonly TrendSample[],
  sample: TrendSample,
  minGapMs: number,
): TrendSample[] {
  const last = samples.at(-1);
  if (last && sample.at - last.at < minGapMs && sample.at >= last.at) return [...samples];
  return pruneTrend([...samples, sample], sample.at);
}

const isCount = (v: unknown): v is number =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** One stored row `[at, running, failed, unhealthy, inProgress]`, or undefined when it is not one. */
function sampleOf(row: unknown): TrendSample | undefined {
  if (!Array.isArray(row) || row.length !== 5) return undefined;
  const cells: unknown[] = row;
  const [at, running, failed, unhealthy, inProgress] = cells;
  if (typeof at !== "number" || !Number.isFinite(at) || at <= 0) return undefined;
  if (![running, failed, unhealthy, inProgress].every(isCount)) return undefined;
  return {
    at,
    running: Number(running),
    failed: Number(failed),
    unhealthy: Number(unhealthy),
    inProgress: Number(inProgress),
  };
}

/** The stored form: compact rows of numbers under a version. */
export function serializeTrend(samples: readonly TrendSample[]): string {
  return JSON.stringify({
    v: 1,
    samples: samples.map((s) => [s.at, s.running, s.failed, s.unhealthy, s.inProgress]),
  });
}

/**
 * Samples read back from storage: anything unreadable (not JSON, another version, a row that is not
 * five numbers) is left out rather than trusted; the rest is pruned to the day before `now`.
 */
export function parseTrend(raw: string | null, now: number): TrendSample[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof data !== "object" || data === null || !("v" in data) || data.v !== 1) return [];
  const rows = "samples" in data && Array.isArray(data.samples) ? (data.samples as unknown[]) : [];
  const samples: TrendSample[] = [];
  for (const row of rows) {
    const s = sampleOf(row);
    if (s) samples.push(s);
  }
  return pruneTrend(samples, now);
}

/** A stretch of the chart: what the counts were at its end, and the time it covers. */
export interface TrendSlice {
  since: number;
  until: number;
  counts: TrendCounts;
  /** Which of the chart's equal stretches of time it ends in (0-based): its place on the chart. */
  bucket: number;
}

/**
 * The day cut into `max` equal stretches of time: one point for each stretch that has samples, its
 * last one, covering the time since the point before it (the first since the first sample).
 */
export function trendSlices(samples: readonly TrendSample[], max: number): TrendSlice[] {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || max < 1) return [];
  const span = Math.max(1, last.at - first.at);
  const byBucket = new Map<number, TrendSample>();
  for (const s of samples) {
    byBucket.set(Math.min(max - 1, Math.floor(((s.at - first.at) / span) * max)), s);
  }
  const slices: TrendSlice[] = [];
  for (const [bucket, { at, ...counts }] of byBucket) {
    slices.push({ since: slices.at(-1)?.until ?? first.at, until: at, counts, bucket });
  }
  return slices;
}
