import { describe, expect, test } from "vitest";
import { ApiError } from "../../src/api/transport/client";
import { shouldRetry } from "../../src/api/transport/retry";
import { deadlineOf } from "../../src/domain/buildDeadline";
import {
  ACTIVE_REFETCH_MS,
  IDLE_REFETCH_MS,
  detailRefetchInterval,
  listRefetchInterval,
} from "../../src/api/polling";
import { latencyBand, sortedLatency } from "../../src/domain/latency";
import { sortWorkspaces } from "../../src/domain/listView";
import { scheduleInWords, ttlInWords } from "../../src/domain/schedule";
import { agentStatus, workspaceStatus } from "../../src/domain/status";
import { toPlainText } from "../../src/domain/terminalText";
import { formatDuration, parseTime } from "../../src/domain/time";

test("terminal text loses ANSI escapes and control characters but keeps lines", () => {
  expect(toPlainText("\u001b[1;31mError:\u001b[0m boom\r\nline 2\u0007\u001b]0;title\u0007")).toBe(
    "Error: boom\nline 2",
  );
});

describe("schedule in words", () => {
  test.each([
    ["CRON_TZ=US/Central 30 9 * * 1-5", "Weekdays at 09:30, US/Central"],
    ["0 7 * * *", "Every day at 07:00 (server time zone)"],
    ["CRON_TZ=Asia/Tokyo 15 10 * * 1,3,5", "Mon, Wed, Fri at 10:15, Asia/Tokyo"],
    ["CRON_TZ=UTC 0 8 * * 0,6", "Weekends at 08:00, UTC"],
    ["*/5 * * * *", "*/5 * * * *"],
  ])("%s", (cron, words) => {
    expect(scheduleInWords(cron)).toBe(words);
  });
  test("ttl", () => {
    expect(ttlInWords(8 * 3_600_000)).toBe("Stops 8 h after start");
    expect(ttlInWords(undefined)).toBeUndefined();
  });
});

test("deadline accepts the reference's object, a string and null", () => {
  expect(deadlineOf({ time: "2026-01-01T00:00:00Z", valid: true })?.toISOString()).toBe(
    "2026-01-01T00:00:00.000Z",
  );
  expect(deadlineOf({ time: "0001-01-01T00:00:00Z", valid: false })).toBeUndefined();
  expect(deadlineOf("2026-01-01T00:00:00Z")?.getUTCFullYear()).toBe(2026);
  expect(deadlineOf(null)).toBeUndefined();
});

test("times: zero time and junk are missing; durations are compact", () => {
  expect(parseTime("0001-01-01T00:00:00Z")).toBeUndefined();
  expect(parseTime("yesterday")).toBeUndefined();
  expect(formatDuration(2 * 3_600_000 + 13 * 60_000)).toBe("2 h 13 min");
  expect(formatDuration(26 * 3_600_000)).toBe("1 d 2 h");
});

test("latency: bands at 150 and 300 ms, fastest first, unusable figures skipped", () => {
  expect([149, 150, 299, 300].map(latencyBand)).toEqual(["good", "fair", "fair", "poor"]);
  expect(
    sortedLatency({
      Sydney: { latency_ms: 250 },
      Frankfurt: { latency_ms: 40, preferred: true },
      Broken: {},
    }).map((r) => r.region),
  ).toEqual(["Frankfurt", "Sydney"]);
});

test("unknown enum values are neutral: the server's word in sentence case", () => {
  expect(workspaceStatus("restarting")).toEqual({
    label: "Restarting",
    tone: "neutral",
    inProgress: false,
    known: false,
    raw: "restarting",
  });
  expect(workspaceStatus("toString").known).toBe(false);
  expect(agentStatus(undefined).label).toBe("Unknown");
});

test("polling follows the data: fast while a build is active", () => {
  const w = (status: string) => ({
    latest_build: { status, job: { status: status === "starting" ? "running" : "succeeded" } },
  });
  expect(listRefetchInterval({ workspaces: [w("running"), w("starting")] })).toBe(
    ACTIVE_REFETCH_MS,
  );
  expect(listRefetchInterval({ workspaces: [w("running")] })).toBe(IDLE_REFETCH_MS);
  expect(detailRefetchInterval(w("running"))).toBe(IDLE_REFETCH_MS);
  expect(detailRefetchInterval(w("starting"))).toBeGreaterThan(0);
});

test("retries: none for 4xx, a few for network errors and 5xx", () => {
  const err = (status: number) =>
    new ApiError({ kind: status ? "http" : "network", status, message: "x" });
  expect(shouldRetry(0, err(404))).toBe(false);
  expect(shouldRetry(0, err(500))).toBe(true);
  expect(shouldRetry(0, err(0))).toBe(true);
  expect(shouldRetry(3, err(500))).toBe(false);
});

test("sorting is stable, so equal rows keep the server's order", () => {
  const rows = [
    { name: "b", owner_name: "x" },
    { name: "a", owner_name: "y" },
    { name: "c", owner_name: "x" },
  ];
  expect(sortWorkspaces(rows, "owner", "asc").map((w) => w.name)).toEqual(["b", "c", "a"]);
  expect(sortWorkspaces(rows, "name", "desc").map((w) => w.name)).toEqual(["c", "b", "a"]);
});
