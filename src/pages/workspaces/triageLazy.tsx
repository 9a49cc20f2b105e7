import { optionalPart } from "../../components/OptionalPart";
import { afterNextPaint } from "../../api/list/afterNextPaint";

// The overview and the rollups are split off the list's first load (initial JS budget):
// rows come first, they follow a frame later. Their chunks are only requested once the frame that
// shows the rows has been painted, so they never compete with the rows' code and data.
// A chunk that fails to load is asked again, and never takes the list down with it (OptionalPart).
export const LazyFleetOverview = optionalPart(
  "fleet overview",
  async () => {
    await afterNextPaint();
    return import("./FleetOverview");
  },
  (m) => m.FleetOverview,
);
export const LazyGroupedView = optionalPart(
  "grouped view",
  () => import("./GroupedView"),
  (m) => m.GroupedView,
);
