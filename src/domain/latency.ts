import type { DERPRegion, WorkspaceAgent } from "../coderd/schemas";
import { parseTime } from "./time";

export type LatencyBand = "good" | "fair" | "poor";

/** Coder's own colour thresholds: fair from 150 ms, poor from 300 ms. */
export const FAIR_MS = 150;
export const POOR_MS = 300;

export function latencyBand(ms: number): LatencyBand {
  if (ms < FAIR_MS) return "good";
  if (ms < POOR_MS) return "fair";
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

/** Which connections the attention view lists: `min` inclusive, `max` exclusive, in ms. */
export interface LatencyRange {
  min: number;
  max: number;
}

export const POOR_LATENCY: LatencyRange = { min: POOR_MS, max: Number.POSITIVE_INFINITY };

/** "≥ 300 ms", "150–300 ms": the range in words, for a chip and a heading. */
export function latencyRangeWords(r: LatencyRange): string {
  return Number.isFinite(r.max) ? `${r.min}–${r.max} ms` : `≥ ${r.min} ms`;
}

/** `?min_ms=150&max_ms=300` → the range; absent or odd values keep the poor band's. */
export function latencyRangeFromSearchParams(params: URLSearchParams): LatencyRange {
  const read = (name: string) => {
    const raw = params.get(name);
    const n = raw === null || raw.trim() === "" ? Number.NaN : Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  const min = read("min_ms") ?? POOR_LATENCY.min;
  const max = read("max_ms");
  return { min, max: max !== undefined && max > min ? max : Number.POSITIVE_INFINITY };
}

/** The attention view's address for agents in this range. */
export function latencyRangeSearch(r: LatencyRange): string {
  const params = new URLSearchParams({ kind: "latency", min_ms: String(r.min) });
  if (Number.isFinite(r.max)) params.set("max_ms", String(r.max));
  return params.toString();
}
