import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import { latencyAge } from "../../src/domain/latency";
import { autostopInWords, isWorkspaceOn } from "../../src/domain/schedule";

// Coder's own rules where it has one: when a workspace counts as on (site/src/utils/workspace.tsx,
// isWorkspaceOn, and the schedule words built on it) and how old an agent's latency can be.

const NOW = Date.parse("2026-11-28T12:00:00Z");
const HOUR = 3_600_000;
const MIN = 60_000;
const at = (ms: number) => new Date(NOW + ms).toISOString();

function workspace(
  status: string,
  transition: string,
  job: string,
  over: Partial<Workspace> = {},
): Workspace {
  return {
    ttl_ms: 8 * HOUR,
    ...over,
    latest_build: {
      status,
      transition,
      job: { status: job },
      deadline: at(5 * HOUR + 38 * MIN),
    },
  };
}

describe("the countdown runs only while the workspace is on", () => {
  test.each([
    // status, transition, job status, on?
    ["running", "start", "succeeded", true],
    ["stopped", "stop", "succeeded", false],
    ["pending", "start", "pending", false],
    ["starting", "start", "running", false],
    ["failed", "start", "failed", false],
    ["canceled", "start", "canceled", false],
    ["canceling", "start", "canceling", false],
    ["deleted", "delete", "succeeded", false],
    // Inconsistent answers are not on either: every part of the rule must hold.
    ["running", "stop", "succeeded", false],
    ["running", "start", "failed", false],
    ["stopped", "start", "succeeded", false],
  ] as const)("%s, %s, job %s: on = %s", (status, transition, job, on) => {
    const w = workspace(status, transition, job);
    expect(isWorkspaceOn(w)).toBe(on);
    const words = autostopInWords(w, NOW);
    if (on) expect(words).toMatchObject({ text: "Stops in 5 h 38 min" });
    else expect(words).toBe("Stops 8 h after start");
  });

  test("on, with either deadline shape; past it; without one", () => {
    const on = (over: Partial<Workspace>) => workspace("running", "start", "succeeded", over);
    const oldShape = on({});
    if (oldShape.latest_build) oldShape.latest_build.deadline = { time: at(HOUR), valid: true };
    expect(autostopInWords(oldShape, NOW)).toMatchObject({ text: "Stops in 1 h" });
    const passed = on({});
    if (passed.latest_build) passed.latest_build.deadline = at(-20 * MIN);
    expect(autostopInWords(passed, NOW)).toMatchObject({ text: "Deadline passed 20 min ago" });
    const none = on({});
    if (none.latest_build) none.latest_build.deadline = null;
    expect(autostopInWords(none, NOW)).toBe("Stops 8 h after start");
  });

  test("off without autostop: nothing stops it", () => {
    expect(autostopInWords(workspace("stopped", "stop", "succeeded", { ttl_ms: 0 }), NOW)).toBe(
      "No automatic stop",
    );
    expect(autostopInWords({}, NOW)).toBe("No automatic stop");
  });
});

describe("an agent's latency is as old as its last connection", () => {
  test("connected: current", () => {
    expect(latencyAge({ status: "connected", last_connected_at: at(-2 * HOUR) }, NOW)).toEqual({
      kind: "current",
    });
  });

  test("disconnected 35 min ago: 35 min old", () => {
    expect(
      latencyAge(
        {
          status: "disconnected",
          last_connected_at: at(-35 * MIN),
          disconnected_at: at(-34 * MIN),
        },
        NOW,
      ),
    ).toEqual({ kind: "since", since: new Date(at(-35 * MIN)), ageMs: 35 * MIN });
  });

  test("without a last connection, the disconnect time; without either, unknown", () => {
    expect(latencyAge({ status: "timeout", disconnected_at: at(-HOUR) }, NOW)).toMatchObject({
      kind: "since",
      ageMs: HOUR,
    });
    expect(
      latencyAge({ status: "disconnected", last_connected_at: "0001-01-01T00:00:00Z" }, NOW),
    ).toEqual({ kind: "unknown" });
    expect(latencyAge({ status: "weird" }, NOW)).toEqual({ kind: "unknown" });
  });
});
