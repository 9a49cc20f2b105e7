// Figures for the fleet overview panel, each paired with the Coder search term that filters to it.
import { knownCost } from "./cost";
import type { Workspace } from "../coderd/schemas";
import { latencyBand, sortedLatency, type LatencyBand } from "./latency";
import { statusCounts } from "./listView";
import { WORKSPACE_STATUSES } from "./status";
import { workspaceAgents, workspaceHealth } from "./health";
import type { Thresholds } from "./timeInState";
import { problemReader } from "./problemMemo";

export interface LatencyBin {
  label: string;
  /** Lower bound, inclusive, in ms. */
  min: number;
  /** Upper bound, exclusive, in ms (Infinity for the last bin). */
  max: number;
  band: LatencyBand;
  /** Agents whose preferred (else fastest) region falls in the bin. */
  agents: number;
  /** Running workspaces with such an agent: what the bin's link to Needs attention lists. */
  workspaces: number;
}

const BINS: [number, number, string][] = [
  [0, 50, "< 50 ms"],
  [50, 100, "50–100 ms"],
  [100, 150, "100–150 ms"],
  [150, 300, "150–300 ms"],
  [300, Number.POSITIVE_INFINITY, "≥ 300 ms"],
];

export interface Overview {
  total: number;
  /**
   * Counts per status; `filterable` when `status:` can select exactly those rows (a status coderd
   * documents). A missing or unknown one is counted and shown, but offers no filter it can't keep.
   */
  byStatus: { status: string; count: number; filterable: boolean }[];
  healthy: number;
  unhealthy: number;
  outdated: number;
  dormant: number;
  dailyCost: number;
  /** Workspaces whose cost is unknown (see cost.ts), left out of dailyCost. */
  unknownCosts: number;
  latency: LatencyBin[];
}

export function fleetOverview(list: Workspace[]): Overview {
  const latency: LatencyBin[] = BINS.map(([min, max, label]) => ({
    label,
    min,
    max,
    band: latencyBand(min),
    agents: 0,
    workspaces: 0,
  }));
  let healthy = 0;
  let unhealthy = 0;
  let outdated = 0;
  let dormant = 0;
  let dailyCost = 0;
  let unknownCosts = 0;
  for (const w of list) {
    // The one reading of health, which the `healthy:` filter these buttons apply also asks.
    const health = workspaceHealth(w);
    if (health === true) healthy += 1;
    if (health === false) unhealthy += 1;
    if (w.outdated) outdated += 1;
    if (w.dormant_at) dormant += 1;
    const cost = knownCost(w.latest_build?.daily_cost);
    if (cost === undefined) unknownCosts += 1;
    else dailyCost += cost;
    // Latency is read only where agents should be connected, as Needs attention reads it.
    if (w.latest_build?.status !== "running") continue;
    const binsOfThis = new Set<LatencyBin>();
    for (const agent of workspaceAgents(w)) {
      const regions = sortedLatency(agent.latency);
      const used = regions.find((r) => r.preferred) ?? regions[0];
      if (!used) continue;
      const bin = latency.find((b) => used.ms >= b.min && used.ms < b.max);
      if (!bin) continue;
      bin.agents += 1;
      binsOfThis.add(bin);
    }
    for (const bin of binsOfThis) bin.workspaces += 1;
  }
  return {
    total: list.length,
    byStatus: statusCounts(list).map((c) => ({
      ...c,
      filterable: (WORKSPACE_STATUSES as readonly string[]).includes(c.status),
    })),
    healthy,
    unhealthy,
    outdated,
    dormant,
    dailyCost,
    unknownCosts,
    latency,
  };
}

/** Workspaces with at least one problem, judged at `now`. */
export function fleetProblemCount(list: Workspace[], thresholds: Thresholds, now: number): number {
  const read = problemReader(now, thresholds);
  let n = 0;
  for (const w of list) if (read(w).problems.length > 0) n += 1;
  return n;
}
