import { useEffect, useSyncExternalStore } from "react";
import type { Fleet } from "../../api/list/fleetSync";
import { TREND_SAMPLE_MS } from "../../api/polling";
import { recordTrend, subscribeTrend, trendKey, trendSnapshot } from "../../components/trendStore";
import { trendCounts, type TrendSample } from "../../domain/fleetTrend";

/**
 * The day's trend of this backend's fleet, from storage, with a sample of `fleet` added whenever it
 * is the whole fleet (`whole`: no filter, not the previous filter's) read to the end, at most once a
 * TREND_SAMPLE_MS. A fleet still loading ("so far") is never counted.
 */
export function useFleetTrend(fleet: Fleet | undefined, whole: boolean): TrendSample[] {
  const key = trendKey(window.location.origin);
  const samples = useSyncExternalStore(subscribeTrend, () => trendSnapshot(key));
  const lastAt = samples.at(-1)?.at ?? 0;
  useEffect(() => {
    if (!whole || !fleet?.complete) return;
    const at = Date.now();
    if (at - lastAt < TREND_SAMPLE_MS && at >= lastAt) return;
    recordTrend(key, { at, ...trendCounts(fleet.workspaces) }, TREND_SAMPLE_MS);
  }, [fleet, whole, key, lastAt]);
  return samples;
}
