import { describe, expect, test } from "vitest";
import type { Fleet } from "../../src/api/list/fleetSync";
import {
  ACTIVE_REFETCH_MS,
  fleetRefetchInterval,
  fleetSyncInterval,
  IDLE_REFETCH_MS,
  isStale,
  pollsBigFleetWhole,
  shownRefetchInterval,
  staleAfterMs,
  syncsInParts,
} from "../../src/api/polling";

function fleetOf(count: number, paged: boolean): Fleet {
  return {
    workspaces: [],
    count,
    loaded: count,
    complete: true,
    paged,
    unread: 0,
    unsettled: false,
    narrowed: false,
  };
}

// coderd's list entry is about 4.5 KB of JSON (README, Performance).
const BYTES_PER_WORKSPACE = 4_500;
const mbPerMinute = (count: number, intervalMs: number) =>
  (count * BYTES_PER_WORKSPACE) / 1e6 / (intervalMs / 60_000);

describe("stale", () => {
  test("builds in progress (5 s) are late after 15 s, rows at the idle cadence after 60 s", () => {
    expect(staleAfterMs(ACTIVE_REFETCH_MS)).toBe(15_000);
    expect(staleAfterMs(IDLE_REFETCH_MS)).toBe(60_000);
    expect(isStale(14_000, ACTIVE_REFETCH_MS)).toBe(false);
    expect(isStale(16_000, ACTIVE_REFETCH_MS)).toBe(true);
    expect(isStale(59_000, IDLE_REFETCH_MS)).toBe(false);
    expect(staleAfterMs(false)).toBe(60_000);
  });
});

describe("a server that ignores limit", () => {
  test("at 7,000 workspaces it is read whole as seldom as a paged fleet, within 16 MB a minute", () => {
    const fleet = fleetOf(7_000, false);
    expect(syncsInParts(fleet)).toBe(false);
    expect(pollsBigFleetWhole(fleet)).toBe("no-paging");
    const interval = fleetRefetchInterval(fleet);
    expect(interval).toBe(fleetSyncInterval(7_000));
    expect(shownRefetchInterval(fleet, false, true)).toBe(interval);
    if (interval === false) throw new Error("no cadence");
    expect(mbPerMinute(7_000, interval)).toBeLessThanOrEqual(16);
    // Polled like a small fleet it was 31.5 MB every 5-30 s.
    expect(mbPerMinute(7_000, ACTIVE_REFETCH_MS)).toBeGreaterThan(300);
  });

  test("a fleet that fits one page is still polled at the small fleet's cadence", () => {
    const small = fleetOf(40, false);
    expect(pollsBigFleetWhole(small)).toBeUndefined();
    expect(fleetRefetchInterval(small)).toBe(IDLE_REFETCH_MS);
  });
});

describe("a server that refuses id:", () => {
  test("its paged fleet is read whole at the whole-fleet cadence, not in parts", () => {
    const fleet = fleetOf(5_000, true);
    expect(syncsInParts(fleet)).toBe(true);
    expect(pollsBigFleetWhole(fleet)).toBeUndefined();
    expect(syncsInParts(fleet, true)).toBe(false);
    expect(pollsBigFleetWhole(fleet, true)).toBe("no-id-term");
    expect(fleetRefetchInterval(fleet, true)).toBe(fleetSyncInterval(5_000));
    expect(shownRefetchInterval(fleet, false, false, true)).toBe(fleetSyncInterval(5_000));
  });
});
