// The attention index at fleet size: built a slice at a time, and chunk after chunk of a loading
// fleet (rows read once, then remembered), it is the index built at once from scratch, count for
// count and member for member.
import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import {
  attentionIndex,
  buildAttentionIndex,
  membersInOrder,
  type AttentionIndex,
} from "../../src/domain/attentionGroups";
import { problemReader } from "../../src/domain/problemMemo";
import { problemsOf } from "../../src/domain/triage";
import { DEFAULT_THRESHOLDS } from "../../src/domain/timeInState";
import { genFleet, GEN_NOW } from "../fleetGen";

const SEEDS = [11, 4242, 90001];

/** What a reader sees of an index: counts, and each group's members in order. */
function shape(index: AttentionIndex) {
  return {
    counts: index.counts,
    total: index.total,
    groups: index.groups.map((g) => ({
      id: g.id,
      severity: g.severity,
      members: membersInOrder(g).map((m) => m.workspace.id ?? m.workspace.name),
    })),
  };
}

describe("the attention index in slices", () => {
  test.each(SEEDS)("seed %i: slices of any size give the index built at once", (seed) => {
    const fleet = genFleet(seed, 1500);
    const whole = attentionIndex(fleet, GEN_NOW);
    let asked = 0;
    const build = buildAttentionIndex(fleet, GEN_NOW);
    let index: AttentionIndex | undefined;
    // Stop at every question: the build goes on from where it stopped, a stride at a time.
    while (!(index = build.advance(() => (asked += 1) < 0))) {
      expect(asked).toBeLessThan(fleet.length);
    }
    expect(asked).toBeGreaterThan(1);
    expect(shape(index)).toEqual(shape(whole));
  });

  test.each(SEEDS)("seed %i: chunk after chunk, with rows replaced, as from scratch", (seed) => {
    const fleet = genFleet(seed, 3000);
    // A loading fleet: each chunk keeps the row objects it had, and the last few rows of the
    // previous chunk come again as new objects (the overlap of the next request).
    let shown: Workspace[] = [];
    for (let end = 500; end <= fleet.length; end += 500) {
      const kept = shown.slice(0, Math.max(0, shown.length - 25));
      const again = fleet.slice(kept.length, end).map((w) => ({ ...w }));
      shown = [...kept, ...again];
      // Rows remembered from the chunks before, against the same rows never seen before.
      const chunked = attentionIndex(shown, GEN_NOW);
      const fresh = attentionIndex(
        shown.map((w) => ({ ...w })),
        GEN_NOW,
      );
      expect(shape(chunked)).toEqual(shape(fresh));
    }
  });

  test("a remembered reading is problemsOf's, and another minute or rules read again", () => {
    const fleet = genFleet(7, 200);
    const read = problemReader(GEN_NOW, DEFAULT_THRESHOLDS);
    for (const w of fleet) {
      expect(read(w).problems).toEqual(problemsOf(w, GEN_NOW, DEFAULT_THRESHOLDS));
      expect(read(w)).toBe(read(w));
    }
    const later = problemReader(GEN_NOW + 3_600_000, DEFAULT_THRESHOLDS);
    const stricter = problemReader(GEN_NOW, { ...DEFAULT_THRESHOLDS, starting: 60_000 });
    for (const w of fleet) {
      expect(later(w).problems).toEqual(problemsOf(w, GEN_NOW + 3_600_000));
      expect(stricter(w).problems).toEqual(
        problemsOf(w, GEN_NOW, { ...DEFAULT_THRESHOLDS, starting: 60_000 }),
      );
    }
  });

  test("members in order: worst first, then by name, and the group's worst is its first", () => {
    const index = attentionIndex(genFleet(3, 2000), GEN_NOW);
    for (const g of index.groups) {
      const ordered = membersInOrder(g);
      expect(new Set(ordered)).toEqual(new Set(g.members));
      expect(ordered[0]?.problem.weight).toBe(g.worst);
      for (let i = 1; i < ordered.length; i += 1) {
        const a = ordered[i - 1];
        const b = ordered[i];
        if (!a || !b) continue;
        expect(a.problem.weight).toBeGreaterThanOrEqual(b.problem.weight);
        if (a.problem.weight === b.problem.weight) {
          expect(
            (a.workspace.name ?? "").localeCompare(b.workspace.name ?? ""),
          ).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});
