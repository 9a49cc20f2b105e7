import { useLayoutEffect, useState } from "react";
import type { Workspace } from "../../coderd/schemas";
import { buildAttentionIndex, type AttentionIndex } from "../../domain/attentionGroups";
import type { LatencyRange } from "../../domain/latency";
import type { Thresholds } from "../../domain/timeInState";

/** The longest a slice of the build may hold the page, in ms: under a long task's 50. */
const SLICE_MS = 30;

/**
 * The attention index of the fleet, built in slices between which the page paints and answers
 * clicks: a fleet of 50,000 loading in chunks (and read afresh each minute, when durations move)
 * never holds the page for long. Until a new build is done, the last whole index stays: its counts
 * and groups always come from one build, so every count still equals its rows.
 */
export function useAttentionIndex(
  workspaces: readonly Workspace[] | undefined,
  now: number,
  thresholds: Thresholds,
  latency: LatencyRange,
): AttentionIndex | undefined {
  const [index, setIndex] = useState<AttentionIndex | undefined>(undefined);
  // A layout effect: the first slice (all of a small or already-read fleet) is drawn in the same
  // frame as the rows it came with, never after a frame of "loading".
  useLayoutEffect(() => {
    if (!workspaces) return;
    const build = buildAttentionIndex(workspaces, now, thresholds, latency);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      const done = build.advance(() => performance.now() < end);
      if (done) setIndex(done);
      else timer = setTimeout(slice, 0);
    };
    slice();
    return () => clearTimeout(timer);
  }, [workspaces, now, thresholds, latency]);
  return workspaces ? index : undefined;
}
