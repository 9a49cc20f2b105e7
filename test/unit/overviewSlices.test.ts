// The overview's figures at fleet size: built a slice at a time, and chunk after chunk of a loading
// fleet (rows read once, then remembered), they are the one-shot figures of the same rows read from
// scratch: the overview's counts and its "Needs attention (N)".
import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import {
  buildFleetFigures,
  fleetOverview,
  fleetProblemCount,
  type FleetFigures,
} from "../../src/domain/overview";
import { buildAtOnce, mapBuild } from "../../src/domain/slicedBuild";
import { DEFAULT_THRESHOLDS } from "../../src/domain/timeInState";
import { genFleet, GEN_NOW } from "../fleetGen";

const SEEDS = [11, 4242, 90001];

/** The same rows as objects never seen before: nothing remembered about them. */
const fresh = (rows: Workspace[]) => rows.map((w) => ({ ...w }));

describe("the overview's figures in slices", () => {
  test.each(SEEDS)("seed %i: slices of any size give the one-shot figures", (seed) => {
    const fleet = genFleet(seed, 1500);
    let asked = 0;
    const build = buildFleetFigures(fleet, DEFAULT_THRESHOLDS, GEN_NOW);
    let figures: FleetFigures | undefined;
    // Stop at every question: the build goes on from where it stopped, a stride at a time.
    while (!(figures = build.advance(() => (asked += 1) < 0))) {
      expect(asked).toBeLessThan(fleet.length);
    }
    expect(asked).toBeGreaterThan(1);
    const rows = fresh(fleet);
    expect(figures.overview).toEqual(fleetOverview(rows));
    expect(figures.problems).toBe(fleetProblemCount(rows, DEFAULT_THRESHOLDS, GEN_NOW));
    expect(figures.overview.total).toBe(fleet.length);
    // The generated fleets have problems and latency to count, so the comparison says something.
    expect(figures.problems).toBeGreaterThan(0);
    expect(figures.overview.latency.some((b) => b.agents > 0)).toBe(true);
  });

  test.each(SEEDS)("seed %i: chunk after chunk, with rows replaced, as from scratch", (seed) => {
    const fleet = genFleet(seed, 3000);
    // A loading fleet: each chunk keeps the row objects it had, and the last few rows of the
    // previous chunk come again as new objects (the overlap of the next request).
    let shown: Workspace[] = [];
    for (let end = 500; end <= fleet.length; end += 500) {
      const kept = shown.slice(0, Math.max(0, shown.length - 25));
      const again = fresh(fleet.slice(kept.length, end));
      shown = [...kept, ...again];
      const chunked = buildAtOnce(buildFleetFigures(shown, DEFAULT_THRESHOLDS, GEN_NOW));
      const rows = fresh(shown);
      expect(chunked.overview).toEqual(fleetOverview(rows));
      expect(chunked.problems).toBe(fleetProblemCount(rows, DEFAULT_THRESHOLDS, GEN_NOW));
    }
  });

  test("another minute or other rules count problems again; the overview's own counts stay", () => {
    const fleet = genFleet(7, 800);
    const now = buildAtOnce(buildFleetFigures(fleet, DEFAULT_THRESHOLDS, GEN_NOW));
    const strict = {
      ...DEFAULT_THRESHOLDS,
      pending: 1,
      starting: 1,
      stopping: 1,
      deleting: 1,
      canceling: 1,
    };
    const stricter = buildAtOnce(buildFleetFigures(fleet, strict, GEN_NOW));
    expect(stricter.problems).toBe(fleetProblemCount(fresh(fleet), strict, GEN_NOW));
    expect(stricter.problems).toBeGreaterThan(now.problems);
    expect(stricter.overview).toEqual(now.overview);
  });

  test("a mapped build passes the whole result once, never a part", () => {
    const fleet = genFleet(5, 1000);
    let mapped = 0;
    const build = mapBuild(buildFleetFigures(fleet, DEFAULT_THRESHOLDS, GEN_NOW), (f) => {
      mapped += 1;
      return f.overview.total;
    });
    expect(build.advance(() => false)).toBeUndefined();
    expect(mapped).toBe(0);
    expect(buildAtOnce(build)).toBe(1000);
    expect(build.advance(() => false)).toBe(1000);
    expect(mapped).toBe(1);
  });
});
