import { lazy } from "react";
import { afterNextPaint } from "../lazyPages";

// The overview, the rollups and the export are split off the list's first load (initial JS budget):
// rows come first, these follow a frame later. Their chunks are only requested once the frame that
// shows the rows has been painted, so they never compete with the rows' code and data.
export const LazyFleetOverview = lazy(async () => {
  await afterNextPaint();
  return { default: (await import("./FleetOverview")).FleetOverview };
});
export const LazyGroupedView = lazy(async () => ({
  default: (await import("./GroupedView")).GroupedView,
}));
export const LazyExportControl = lazy(async () => {
  await afterNextPaint();
  return { default: (await import("./ExportControl")).ExportControl };
});
