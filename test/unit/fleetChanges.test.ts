import { describe, expect, test } from "vitest";
import { generateFleet } from "../../mocks/fleet";
import type { Workspace } from "../../src/coderd/schemas";
import { changeNotice, nextNoticeAt, NOTICE_INTERVAL_MS } from "../../src/domain/changeNotice";
import {
  MAX_LOG_ENTRIES,
  MAX_SNAPSHOT_ROWS,
  parseLog,
  parseSnapshot,
  pruneLog,
  serializeLog,
  serializeSnapshot,
} from "../../src/domain/changeRecord";
import { changesHref, changeWindowFromSearchParams, inWindow } from "../../src/domain/changesLink";
import {
  changesById,
  fleetChanges as changesBetween,
  indexById,
  takeSnapshot,
  type FleetSnapshot,
} from "../../src/domain/fleetChanges";

const fleetChanges = (before: FleetSnapshot, after: FleetSnapshot, fleet: Workspace[]) =>
  changesBetween(before, after, indexById(fleet));
import { changeMarkerText, newProblemCount, type FleetChange } from "../../src/domain/changeKinds";
import { readListBody } from "../../src/api/list/listReader";
import { isStuck, stuckStages } from "../../src/domain/stuck";
import { readHealth } from "../../src/domain/health";
import { genFleet, GEN_NOW } from "../fleetGen";

const NOW = Date.parse("2026-12-05T12:00:00Z");
const MIN = 60_000;
const iso = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

/** A workspace in `status`, its job done `doneAgo` ms ago, with one agent healthy or not. */
function ws(
  id: string,
  status: string,
  { healthy = true, doneAgo = 5 * MIN, startedAgo = 5 * MIN } = {},
): Workspace {
  const inProgress = ["pending", "starting", "stopping", "deleting", "canceling"].includes(status);
  return {
    id,
    name: `ws-${id}`,
    owner_name: "alice",
    created_at: iso(-30 * 24 * 60 * MIN),
    latest_build: {
      status,
      job: {
        status: inProgress ? "running" : status === "failed" ? "failed" : "succeeded",
        created_at: iso(-startedAgo),
        started_at: iso(-startedAgo),
        ...(inProgress ? {} : { completed_at: iso(-doneAgo) }),
      },
      resources: [
        {
          agents: [
            {
              id: `agent-${id}`,
              name: "main",
              status: "connected",
              lifecycle_state: "ready",
              health: healthy ? { healthy: true } : { healthy: false, reason: "agent lost" },
            },
          ],
        },
      ],
    },
  };
}

const BEFORE_AT = NOW - 60 * MIN;
const snap = (fleet: Workspace[], at = NOW) => takeSnapshot(fleet, at, at);
const kinds = (changes: FleetChange[]) =>
  Object.fromEntries([...changesById(changes)].map(([id, k]) => [id, k.join(",")]));

describe("fleetChanges", () => {
  const before = [
    ws("a", "running"),
    ws("b", "running"),
    ws("c", "stopped"),
    ws("d", "running"),
    ws("e", "failed"),
    ws("f", "running", { healthy: false }),
    ws("g", "running"),
    ws("h", "starting", { startedAgo: 2 * MIN }),
  ];
  const after = [
    ws("a", "running"), // unchanged
    ws("b", "failed"), // newly failed
    ws("c", "running"), // started
    ws("d", "running", { healthy: false }), // newly unhealthy
    ws("e", "running"), // recovered and started
    ws("f", "running"), // recovered
    // g: deleted (gone)
    ws("h", "starting", { startedAgo: 40 * MIN }), // stuck past the 30 min threshold
    ws("i", "running"), // created
    ws("j", "failed"), // created, already failed
  ];
  const changes = fleetChanges(snap(before, BEFORE_AT), snap(after), after);

  test("each workspace's kinds, between two looks", () => {
    expect(kinds(changes)).toEqual({
      b: "failed",
      c: "started",
      d: "unhealthy",
      e: "recovered,started",
      f: "recovered",
      g: "deleted",
      h: "stuck",
      i: "created",
      j: "failed,created",
    });
  });

  test("a workspace that stops is stopped; one gone from the fleet is deleted, by its last name", () => {
    const stopped = fleetChanges(
      snap([ws("x", "running")], BEFORE_AT),
      snap([ws("x", "stopped")]),
      [ws("x", "stopped")],
    );
    expect(stopped.map((c) => c.kind)).toEqual(["stopped"]);
    const gone = fleetChanges(snap([ws("x", "running")], BEFORE_AT), snap([]), []);
    expect(gone).toEqual([{ id: "x", kind: "deleted", name: "ws-x", owner: "alice", at: NOW }]);
  });

  test("times come from the workspace when they fall between the looks, else the look's", () => {
    const failed = changes.find((c) => c.id === "b" && c.kind === "failed");
    expect(failed?.at).toBe(NOW - 5 * MIN);
    const unhealthy = changes.find((c) => c.kind === "unhealthy");
    expect(unhealthy?.at).toBe(NOW);
    // Created a month ago, before the last look: seen now.
    expect(changes.find((c) => c.kind === "created")?.at).toBe(NOW);
  });

  test("the same fleet twice: no changes", () => {
    expect(fleetChanges(takeSnapshot(after, NOW, BEFORE_AT), snap(after), after)).toEqual([]);
  });

  test("the marker and the title's count: workspaces with new problems, muted kinds left out", () => {
    expect(changeMarkerText(["failed", "created"])).toBe("New: failed, created");
    // b failed, d unhealthy, h stuck, j failed.
    expect(newProblemCount(changes)).toBe(4);
    expect(newProblemCount(changes, new Set(["failed"]))).toBe(2);
  });

  test("one pass: 5,000 generated workspaces, then the same fleet moved", () => {
    const fleet = readListBody({
      workspaces: generateFleet({ size: 5000, now: NOW }).map((e) => e.workspace),
    }).workspaces;
    const moved = fleet.map((w, i) =>
      i % 50 === 0 && w.latest_build
        ? { ...w, latest_build: { ...w.latest_build, status: "failed" } }
        : w,
    );
    const started = performance.now();
    const before5k = takeSnapshot(fleet, NOW, BEFORE_AT);
    const after5k = takeSnapshot(moved, NOW, NOW);
    const found = fleetChanges(before5k, after5k, moved);
    const ms = performance.now() - started;
    console.log(`change detection at 5,000 (two snapshots + diff, node): ${ms.toFixed(1)} ms`);
    expect(found.filter((c) => c.kind === "failed").length).toBeGreaterThan(0);
  });
});

describe("the snapshot reads the dashboard's one truth", () => {
  test.each([1, 2, 3, 4, 5])(
    "seed %i: Unhealthy is readHealth's, stuck is stuck.ts's (its quick check never differs)",
    (seed) => {
      for (const w of genFleet(seed, 300)) {
        const row = takeSnapshot([{ ...w, id: "x" }], GEN_NOW, GEN_NOW).rows.get("x");
        expect(isStuck(w, GEN_NOW)).toBe(stuckStages(w, GEN_NOW).length > 0);
        expect(row?.[3]).toBe(
          (readHealth(w).healthy === false ? 1 : 0) | (stuckStages(w, GEN_NOW).length > 0 ? 2 : 0),
        );
      }
    },
  );
});

describe("the stored record", () => {
  const fleet = [ws("a", "running"), ws("b", "failed"), ws("c", "running", { healthy: false })];

  test("a snapshot reads back as it was written", () => {
    const s = snap(fleet);
    expect(parseSnapshot(serializeSnapshot(s) ?? null)).toEqual(s);
  });

  test.each([
    ["nothing", null],
    ["not JSON", "{oops"],
    ["another version", JSON.stringify({ v: 2, at: NOW, rows: {} })],
    ["no time", JSON.stringify({ v: 1, rows: {} })],
    ["rows as a list", JSON.stringify({ v: 1, at: NOW, rows: [] })],
  ])("a snapshot that can't be trusted (%s) reads as none", (_, raw) => {
    expect(parseSnapshot(raw)).toBeUndefined();
  });

  test("bad rows are dropped, good ones kept; long text is cut", () => {
    const raw = JSON.stringify({
      v: 1,
      at: NOW,
      rows: {
        a: ["a", "alice", "running", 1],
        b: "x",
        c: [1, 2],
        d: ["x".repeat(500), "o", "stopped", "7"],
      },
    });
    const s = parseSnapshot(raw);
    expect([...(s?.rows.keys() ?? [])]).toEqual(["a", "d"]);
    expect(s?.rows.get("d")?.[0]).toHaveLength(128);
    expect(s?.rows.get("d")?.[3]).toBe(0);
  });

  test("a fleet beyond the cap is not stored", () => {
    const rows = new Map(
      Array.from({ length: MAX_SNAPSHOT_ROWS + 1 }, (_, i) => [
        String(i),
        ["n", "o", "running", 0] as const,
      ]),
    );
    expect(serializeSnapshot({ at: NOW, rows })).toBeUndefined();
  });

  test("the log keeps a day and its cap, and drops what it can't read", () => {
    const entry = (i: number, at: number): FleetChange => ({
      id: `id-${i}`,
      kind: "failed",
      name: `n${i}`,
      owner: "o",
      at,
    });
    const old = entry(0, NOW - 25 * 60 * MIN);
    const many = Array.from({ length: MAX_LOG_ENTRIES + 10 }, (_, i) => entry(i + 1, NOW - i));
    const pruned = pruneLog([old, ...many], NOW);
    expect(pruned).toHaveLength(MAX_LOG_ENTRIES);
    expect(pruned).not.toContainEqual(old);
    const raw = JSON.parse(serializeLog([entry(1, NOW)])) as { v: number; log: unknown[] };
    raw.log.push(["id", "exploded", "n", "o", NOW], "junk", ["id", "failed", "n", "o", -1]);
    expect(parseLog(JSON.stringify(raw))).toEqual([entry(1, NOW)]);
    expect(parseLog("]]")).toEqual([]);
  });
});

describe("the Changes view's window", () => {
  const params = (q: string) => changeWindowFromSearchParams(new URLSearchParams(q));

  test("no window: since the last visit; since and until: that window; since alone: open-ended", () => {
    expect(params("")).toEqual({ kind: "since-visit" });
    expect(params(`since=${iso(-MIN)}&until=${iso(0)}`)).toEqual({
      kind: "window",
      since: NOW - MIN,
      until: NOW,
    });
    expect(params(`since=${iso(-MIN)}`)).toEqual({
      kind: "window",
      since: NOW - MIN,
      until: undefined,
    });
    expect(params(`until=${iso(0)}`)).toEqual({
      kind: "window",
      since: NOW - 24 * 60 * MIN,
      until: NOW,
    });
  });

  test("a window that can't be read says why", () => {
    expect(params("since=yesterday").kind).toBe("invalid");
    expect(params(`since=${iso(0)}&until=${iso(-MIN)}`)).toMatchObject({ kind: "invalid" });
  });

  test("links carry ISO times; the window holds both ends", () => {
    expect(changesHref(NOW - MIN, NOW)).toBe(
      `/workspaces/changes?since=${encodeURIComponent(iso(-MIN))}&until=${encodeURIComponent(iso(0))}`,
    );
    const log = [{ at: NOW - 2 * MIN }, { at: NOW - MIN }, { at: NOW }];
    expect(inWindow(log, NOW - MIN, NOW)).toEqual([{ at: NOW - MIN }, { at: NOW }]);
  });
});

describe("the notification's words", () => {
  const change = (id: string, kind: FleetChange["kind"], name = `ws-${id}`): FleetChange => ({
    id,
    kind,
    name,
    owner: "alice",
    at: NOW,
  });

  test("one workspace: named in the title, its page the link", () => {
    const n = changeNotice([
      change("a", "failed"),
      change("a", "unhealthy"),
      change("b", "started"),
    ]);
    expect(n).toEqual({
      title: "ws-a: failed, unhealthy",
      body: "Failed: ws-a\nUnhealthy: ws-a",
      href: "/workspaces/a",
    });
  });

  test("several: counted in the title, named per kind (three, then how many more), the Changes view", () => {
    const n = changeNotice([
      ...["a", "b", "c", "d", "e"].map((id) => change(id, "failed")),
      change("f", "stuck", "\u202Eevil"),
    ]);
    expect(n?.title).toBe("6 workspaces have new problems");
    expect(n?.body).toBe("Failed: ws-a, ws-b, ws-c and 2 more\nStuck: evil");
    expect(n?.href).toBe("/workspaces/changes");
  });

  test("no problems, no notification; at most one a minute", () => {
    expect(changeNotice([change("a", "started")])).toBeUndefined();
    expect(nextNoticeAt(undefined, NOW)).toBe(NOW);
    expect(nextNoticeAt(NOW - 10_000, NOW)).toBe(NOW - 10_000 + NOTICE_INTERVAL_MS);
    expect(nextNoticeAt(NOW - 2 * NOTICE_INTERVAL_MS, NOW)).toBe(NOW);
  });
});
