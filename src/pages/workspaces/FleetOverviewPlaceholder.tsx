import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { SKELETON_PULSE } from "../../components/skeleton";
import {
  OVERVIEW_COVERAGE,
  OVERVIEW_LINE,
  OVERVIEW_PAPER,
  OVERVIEW_SUMMARY,
} from "./overviewLayout";

/**
 * The overview's place while the list or the overview's code loads (the fallback of its Suspense,
 * and in its slot before the first rows), with its fold button already working. Open, it keeps about
 * the overview's height at each width, measured at 58 and 5,000 workspaces (and again with a day's
 * trend below it, 390 and 1440 px wide; sm and md between), so the table below doesn't jump when the
 * overview arrives (layout shift); folded, it holds the folded line's parts in their places.
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
      {/* The folded line's parts in their places, about as wide as a fleet of thousands makes them
          (so the line wraps at the same widths): what is covered, the summary, the link. */}
      <Stack direction="row" sx={OVERVIEW_LINE}>
        {toggle}
        {waiting ? (
          <Typography variant="body2" color="text.secondary" sx={OVERVIEW_COVERAGE}>
            {waiting}
          </Typography>
        ) : (
          <Box aria-hidden sx={{ ...OVERVIEW_COVERAGE, fontSize: "0.875rem", lineHeight: 1.43 }}>
            <Box sx={{ ...SKELETON_PULSE, width: 190 }} />
          </Box>
        )}
        {open ? null : (
          <Box
            aria-hidden
            sx={{
              ...OVERVIEW_SUMMARY,
              width: 400,
              maxWidth: "100%",
              fontSize: "0.875rem",
              lineHeight: 1.43,
            }}
          >
            <Box sx={SKELETON_PULSE} />
          </Box>
        )}
        <Box aria-hidden sx={{ ...SKELETON_PULSE, width: 190, ml: "auto", lineHeight: 1.5 }} />
      </Stack>
    </Paper>
  );
}
