import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { optionalPart } from "../../components/OptionalPart";
import Stack from "@mui/material/Stack";
import type { ReactNode } from "react";
import { OVERVIEW_LINE, OVERVIEW_PAPER } from "./overviewLayout";
import { SKELETON_PULSE } from "../../components/skeleton";
import { afterNextPaint } from "../../api/list/afterNextPaint";

// The overview, the rollups and the export are split off the list's first load (initial JS budget):
// rows come first, these follow a frame later. Their chunks are only requested once the frame that
// shows the rows has been painted, so they never compete with the rows' code and data.
// A chunk that fails to load is asked again, and never takes the list down with it (OptionalPart).
export const LazyFleetOverview = optionalPart("fleet overview", async () => {
  await afterNextPaint();
  return (await import("./FleetOverview")).FleetOverview;
});
export const LazyGroupedView = optionalPart(
  "grouped view",
  async () => (await import("./GroupedView")).GroupedView,
);
export const LazyExportControl = optionalPart("export menu", async () => {
  await afterNextPaint();
  return (await import("./ExportControl")).ExportControl;
});

/**
 * The overview's place while the list or the overview's code loads (the fallback of its Suspense,
 * and in its slot before the first rows), with its fold button already working. Open, it keeps about
 * the overview's height at each width, measured at 58 and 5,000 workspaces (and again with a day's
 * trend below it, 390 and 1440 px wide; sm and md between), so the table below doesn't jump when the
 * overview arrives (layout shift); folded, it is the same one line.
 */
export function FleetOverviewPlaceholder({
  waiting,
  open,
  toggle,
}: {
  waiting?: string | undefined;
  open: boolean;
  toggle: ReactNode;
}) {
  return (
    <Paper
      component="section"
      aria-labelledby="overview-title"
      aria-busy
      sx={{
        ...OVERVIEW_PAPER,
        minHeight: open ? { xs: 900, sm: 660, md: 545, lg: 500 } : undefined,
        boxSizing: "border-box",
      }}
    >
      <Stack direction="row" sx={OVERVIEW_LINE}>
        {toggle}
        {waiting ? (
          <Typography variant="body2" color="text.secondary">
            {waiting}
          </Typography>
        ) : (
          <Box aria-hidden sx={{ ...SKELETON_PULSE, width: 220, fontSize: "0.875rem" }} />
        )}
      </Stack>
    </Paper>
  );
}
