import type { DERPRegion } from "../coderd/schemas";

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
