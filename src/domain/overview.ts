// Figures for the fleet overview panel, each paired with the Coder search term that filters to it.
import { knownCost } from "./cost";
import type { Workspace } from "../coderd/schemas";
import { latencyBand, sortedLatency, type LatencyBand } from "./latency";
import { WORKSPACE_STATUSES } from "./status";
import { workspaceAgents, workspaceHealth } from "./health";
import type { Thresholds } from "./timeInState";
import { problemReader } from "./problemMemo";
import { slicedRows, type SlicedBuild } from "./slicedBuild";

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

/** What one row adds to the figures; rows are never changed in place, so it is read once a row. */
interface RowFigures {
  status: string;
  health: boolean | undefined;
  outdated: boolean;
  dormant: boolean;
  cost: number | undefined;
  /** Per agent with a usable latency, the index of its bin (running workspaces only). */
  agentBins: number[];
  /** Those bins, each once: a workspace counts once in a bin however many agents fall in it. */
  workspaceBins: number[];
}

const ROWS = new WeakMap<Workspace, RowFigures>();

function rowFigures(w: Workspace): RowFigures {
  let row = ROWS.get(w);
  if (row) return row;
  const status = w.latest_build?.status;
  const bins: number[] = [];
  // Latency is read only where agents should be connected, as Needs attention reads it.
  if (status === "running") {
    for (const agent of workspaceAgents(w)) {
      const regions = sortedLatency(agent.latency);
      const used = regions.find((r) => r.preferred) ?? regions[0];
      if (!used) continue;
      const bin = BINS.findIndex(([min, max]) => used.ms >= min && used.ms < max);
      if (bin >= 0) bins.push(bin);
    }
  }
  row = {
    status: status ?? "unknown",
    // The one reading of health, which the `healthy:` filter these buttons apply also asks.
    health: workspaceHealth(w),
    outdated: Boolean(w.outdated),
    dormant: Boolean(w.dormant_at),
    cost: knownCost(w.latest_build?.daily_cost),
    agentBins: bins,
    workspaceBins: [...new Set(bins)],
  };
  ROWS.set(w, row);
  return row;
}

/** Counts rows into an Overview: `add` each row, then `result()`. */
function overviewCounter(): { add: (w: Workspace) => void; result: () => Overview } {
  const latency: LatencyBin[] = BINS.map(([min, max, label]) => ({
    label,
    min,
    max,
    band: latencyBand(min),
    agents: 0,
    workspaces: 0,
  }));
  const statuses = new Map<string, number>();
  let total = 0;
  let healthy = 0;
  let unhealthy = 0;
  let outdated = 0;
  let dormant = 0;
  let dailyCost = 0;
  let unknownCosts = 0;
  const add = (w: Workspace) => {
    const row = rowFigures(w);
    total += 1;
    statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
    if (row.health === true) healthy += 1;
    if (row.health === false) unhealthy += 1;
    if (row.outdated) outdated += 1;
    if (row.dormant) dormant += 1;
    if (row.cost === undefined) unknownCosts += 1;
    else dailyCost += row.cost;
    for (const bin of row.agentBins) {
      const counted = latency[bin];
      if (counted) counted.agents += 1;
    }
    for (const bin of row.workspaceBins) {
      const counted = latency[bin];
      if (counted) counted.workspaces += 1;
    }
  };
  const result = (): Overview => ({
    total,
    byStatus: [...statuses]
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([status, count]) => ({
        status,
        count,
        filterable: (WORKSPACE_STATUSES as readonly string[]).includes(status),
      })),
    healthy,
    unhealthy,
    outdated,
    dormant,
    dailyCost,
    unknownCosts,
    latency,
  });
  return { add, result };
}

export function fleetOverview(list: readonly Workspace[]): Overview {
  const counter = overviewCounter();
  for (const w of list) counter.add(w);
  return counter.result();
}

/** Workspaces with at least one problem, judged at `now`. */
export function fleetProblemCount(
  list: readonly Workspace[],
  thresholds: Thresholds,
  now: number,
): number {
  const read = problemReader(now, thresholds);
  let n = 0;
  for (const w of list) if (read(w).problems.length > 0) n += 1;
  return n;
}

/** The overview panel's figures: the overview, and the "Needs attention" count beside it. */
export interface FleetFigures {
  overview: Overview;
  /** Workspaces with at least one problem (fleetProblemCount). */
  problems: number;
}

/**
 * The overview's figures of `list` built a slice at a time (see slicedBuild.ts), both from the same
 * rows: a count never comes from part of a build.
 */
export function buildFleetFigures(
  list: readonly Workspace[],
  thresholds: Thresholds,
  now: number,
): SlicedBuild<FleetFigures> {
  const counter = overviewCounter();
  const read = problemReader(now, thresholds);
  let problems = 0;
  return slicedRows(
    list,
    (w) => {
      counter.add(w);
      if (read(w).problems.length > 0) problems += 1;
    },
    () => ({ overview: counter.result(), problems }),
  );
}
