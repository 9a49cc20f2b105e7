import { useMemo } from "react";
import type { Workspace } from "../../coderd/schemas";
import { useSlicedBuild } from "../../components/useSlicedBuild";
import { buildAttentionIndex, type AttentionIndex } from "../../domain/attentionGroups";
import type { LatencyRange } from "../../domain/latency";
import type { Thresholds } from "../../domain/timeInState";

/**
 * The attention index of the fleet, built in slices (useSlicedBuild): until a new build is done,
 * the last whole index stays, so its counts and groups always come from one build.
 */
export function useAttentionIndex(
  workspaces: readonly Workspace[] | undefined,
  now: number,
  thresholds: Thresholds,
  latency: LatencyRange,
): AttentionIndex | undefined {
  const build = useMemo(
    () => (workspaces ? buildAttentionIndex(workspaces, now, thresholds, latency) : undefined),
    [workspaces, now, thresholds, latency],
  );
  const { value } = useSlicedBuild(build);
  return workspaces ? value : undefined;
}
