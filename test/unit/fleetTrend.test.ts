import { afterEach, describe, expect, test } from "vitest";
import { readWorkspaceBody } from "../../src/coderd/bodies";
import { readTrend, recordTrend, trendKey, trendSnapshot } from "../../src/components/trendStore";
import {
  TREND_KEEP_MS,
  TREND_MAX_SAMPLES,
  trendCounts,
  trendSlices,
  type TrendSample,
} from "../../src/domain/fleetTrend";
import { craftAgent, craftWorkspace } from "../crafted";

const NOW = Date.parse("2026-12-05T12:00:00Z");
const MIN = 60_000;
const KEY = trendKey("https://coder.example.com");

const sample = (at: number, failed = 1): TrendSample => ({
  at,
  running: 10,
  failed,
  unhealthy: 2,
  inProgress: 3,
});

afterEach(() => localStorage.clear());

describe("the trend's store", () => {
  test("a sample is kept, and read back after a reload as the same numbers", () => {
    recordTrend(KEY, sample(NOW - 5 * MIN, 3), MIN);
    recordTrend(KEY, sample(NOW, 7), MIN);
    expect(readTrend(KEY, NOW)).toEqual([sample(NOW - 5 * MIN, 3), sample(NOW, 7)]);
  });

  test("a sample less than the gap after the last one is not added", () => {
    recordTrend(KEY, sample(NOW - 30_000, 3), MIN);
    expect(recordTrend(KEY, sample(NOW, 7), MIN)).toEqual([sample(NOW - 30_000, 3)]);
  });

  test("samples older than a day are pruned, on reading and on writing", () => {
    recordTrend(KEY, sample(NOW - TREND_KEEP_MS - MIN, 1), MIN);
    recordTrend(KEY, sample(NOW - TREND_KEEP_MS + MIN, 2), MIN);
    expect(readTrend(KEY, NOW).map((s) => s.failed)).toEqual([2]);
    const written = recordTrend(KEY, sample(NOW + 2 * MIN, 3), MIN);
    expect(written.map((s) => s.failed)).toEqual([3]);
    expect(readTrend(KEY, NOW + 2 * MIN).map((s) => s.failed)).toEqual([3]);
  });

  test("the store is capped: the newest samples stay", () => {
    let at = NOW - TREND_KEEP_MS + MIN;
    for (let i = 0; i < TREND_MAX_SAMPLES + 20; i++) {
      recordTrend(KEY, sample(at, i), 0);
      at += 10_000;
    }
    const kept = readTrend(KEY, at);
    expect(kept).toHaveLength(TREND_MAX_SAMPLES);
    expect(kept[0]?.failed).toBe(20);
    expect(kept.at(-1)?.failed).toBe(TREND_MAX_SAMPLES + 19);
  });

  test.each([
    ["not JSON", "{oops"],
    ["another version", JSON.stringify({ v: 2, samples: [[NOW, 1, 2, 3, 4]] })],
    ["no samples array", JSON.stringify({ v: 1, samples: "many" })],
    ["null", "null"],
  ])("corrupt storage (%s) reads as no history, and the next sample starts a new one", (_, raw) => {
    localStorage.setItem(KEY, raw);
    expect(readTrend(KEY, NOW)).toEqual([]);
    expect(recordTrend(KEY, sample(NOW, 4), MIN)).toEqual([sample(NOW, 4)]);
    expect(readTrend(KEY, NOW)).toEqual([sample(NOW, 4)]);
  });

  test("rows that are not five counts are dropped, the good ones kept in time order", () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        samples: [
          [NOW - MIN, 10, 1, 2, 3],
          [NOW - 3 * MIN, 10, 5, 2, 3],
          [NOW - 2 * MIN, 10, -1, 2, 3],
          [NOW - 2 * MIN, 10, 1.5, 2, 3],
          [NOW - 2 * MIN, "10", 1, 2, 3],
          ["yesterday", 10, 1, 2, 3],
          [NOW - 2 * MIN, 10, 1, 2],
          { at: NOW, failed: 9 },
          [NOW + 60 * MIN, 10, 1, 2, 3],
        ],
      }),
    );
    expect(readTrend(KEY, NOW).map((s) => s.failed)).toEqual([5, 1]);
  });

  test("storage that throws costs the history, not the page", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as Pick<Storage, "getItem" | "setItem">;
    const store = broken as Storage;
    const key = trendKey("https://private.example.com");
    expect(readTrend(key, NOW, store)).toEqual([]);
    expect(recordTrend(key, sample(NOW), MIN, store)).toEqual([sample(NOW)]);
    // For this page, the trend goes on in memory.
    expect(trendSnapshot(key, store)).toEqual([sample(NOW)]);
  });

  test("one history per backend, and only numbers in it", () => {
    recordTrend(KEY, sample(NOW), MIN);
    expect(readTrend(trendKey("https://other.example.com"), NOW)).toEqual([]);
    const stored = localStorage.getItem(KEY) ?? "";
    expect(JSON.parse(stored)).toEqual({ v: 1, samples: [[NOW, 10, 1, 2, 3]] });
  });
});

describe("the trend's counts and points", () => {
  test("running, failed, unhealthy (health read one way) and in progress", () => {
    const sick = craftAgent({
      status: "disconnected",
      health: { healthy: false, reason: "agent has lost connection" },
    });
    const fleet = [
      craftWorkspace(),
      craftWorkspace({ agents: [sick] }),
      craftWorkspace({ build: { status: "failed" }, job: { status: "failed" } }),
      craftWorkspace({ build: { status: "starting" }, job: { status: "running" } }),
      // A stopped workspace's agents are off by design: not unhealthy.
      craftWorkspace({ build: { status: "stopped", transition: "stop" }, agents: [sick] }),
    ].map(readWorkspaceBody);
    expect(trendCounts(fleet)).toEqual({ running: 2, failed: 1, unhealthy: 1, inProgress: 1 });
  });

  test("a point for each stretch of time with samples, its last, covering the time since the one before", () => {
    const samples = Array.from({ length: 120 }, (_, i) => sample(NOW + i * MIN, i));
    const slices = trendSlices(samples, 12);
    expect(slices.map((s) => s.bucket)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(slices[0]?.since).toBe(NOW);
    expect(slices.at(-1)?.until).toBe(NOW + 119 * MIN);
    expect(slices.at(-1)?.counts.failed).toBe(119);
    for (let i = 1; i < slices.length; i++) {
      expect(slices[i]?.since).toBe(slices[i - 1]?.until);
    }
    // A gap in the samples leaves its stretches without a point.
    const gappy = [sample(NOW), sample(NOW + MIN), sample(NOW + 60 * MIN)];
    expect(trendSlices(gappy, 6).map((s) => [s.bucket, s.since, s.until])).toEqual([
      [0, NOW, NOW + MIN],
      [5, NOW + MIN, NOW + 60 * MIN],
    ]);
  });
});
