import { lazy } from "react";

// The overview, the rollups and the export are split off the list's first load (initial JS budget):
// rows come first, these follow a moment later.
export const LazyFleetOverview = lazy(async () => ({
  default: (await import("./FleetOverview")).FleetOverview,
}));
export const LazyGroupedView = lazy(async () => ({
  default: (await import("./GroupedView")).GroupedView,
}));
export const LazyExportControl = lazy(async () => ({
  default: (await import("./ExportControl")).ExportControl,
}));
