import type { DERPRegion, WorkspaceAgent } from "../coderd/schemas";
import { parseTime } from "./time";

export type LatencyBand = "good" | "fair" | "poor";

export function latencyBand(ms: number): LatencyBand {
  if (ms < 150) return "good";
  if (ms < 300) return "fair";
  return "poor";
}

export interface RegionLatency {
  region: string;
  ms: number;
  preferred: boolean;
  band: LatencyBand;
}

/** Regions with a usable figure, fastest first. */
export function sortedLatency(latency: Record<string, DERPRegion> | undefined): RegionLatency[] {
  return Object.entries(latency ?? {})
    .flatMap(([region, r]) =>
      typeof r.latency_ms === "number" && r.latency_ms >= 0
        ? [
            {
              region,
              ms: r.latency_ms,
              preferred: r.preferred === true,
              band: latencyBand(r.latency_ms),
            },
          ]
        : [],
    )
    .sort((a, b) => a.ms - b.ms || a.region.localeCompare(b.region));
}

export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/**
 * How current an agent's latency is. The agent measures it while connected; once it is not, the last
 * figures are as old as its last connection at least. Current, old since a known time, or of unknown
 * age (never say a figure without its age then: hide it).
 */
export type LatencyAge =
  { kind: "current" } | { kind: "since"; since: Date; ageMs: number } | { kind: "unknown" };

export function latencyAge(
  agent: Pick<WorkspaceAgent, "status" | "last_connected_at" | "disconnected_at">,
  now: number,
): LatencyAge {
  if (agent.status === "connected") return { kind: "current" };
  const since = parseTime(agent.last_connected_at) ?? parseTime(agent.disconnected_at);
  if (!since) return { kind: "unknown" };
  return { kind: "since", since, ageMs: Math.max(0, now - since.getTime()) };
}
