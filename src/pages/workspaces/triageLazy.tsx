import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { optionalPart } from "../../components/OptionalPart";
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
 * and in its slot before the first rows): about its height at each width, measured at 58 and 5,000
 * workspaces, so the table below doesn't jump when the overview arrives (layout shift).
 */
export function FleetOverviewPlaceholder({ waiting }: { waiting?: string | undefined }) {
  return (
    <Paper
      aria-hidden
      sx={{ p: 2, minHeight: { xs: 660, sm: 480, md: 368, lg: 330 }, boxSizing: "border-box" }}
    >
      {/* The progress bar above the table says the same to assistive technology. */}
      {waiting ? (
        <>
          <Typography sx={{ fontSize: "1.1rem", fontWeight: 600 }}>Fleet overview</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
            {waiting}
          </Typography>
        </>
      ) : (
        <Box sx={{ ...SKELETON_PULSE, width: 140, fontSize: "1.1rem" }} />
      )}
    </Paper>
  );
}
