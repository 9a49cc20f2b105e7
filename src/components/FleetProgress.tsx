import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

/** How far the whole fleet has loaded behind the first page. */
export interface LoadProgress {
  loaded: number;
  count: number;
  complete: boolean;
  /** The dashboard's checks left out rows coderd sent: `count` is not the list's. */
  narrowed?: boolean;
}

/**
 * "2,000 of 5,000 workspaces loaded" and a small bar, while the rest of the fleet loads behind the
 * first page; `note` says what only covers the rows loaded so far. Nothing once complete, unless
 * `keepPlace`: then the line is there in every state (rows to come, loading, all loaded), as tall
 * as its longest words at each width, so the rows below never move when it changes.
 * When the dashboard's checks narrow what coderd sent, coderd's numbers are what was read, and
 * `matched` (the list's rows) is said beside them: no number stands for rows the list doesn't hold.
 */
export function FleetProgress({
  progress,
  matched,
  note,
  keepPlace = false,
}: {
  /** `unread`: rows coderd counted and never sent; "all loaded" names only the rows there are. */
  progress: (LoadProgress & { unread?: number }) | undefined;
  matched?: number | undefined;
  note?: string;
  keepPlace?: boolean;
}) {
  const narrowedTo = progress?.narrowed ? matched : undefined;
  if (!keepPlace && (!progress || progress.complete)) return null;
  // Below 900 px the words take a line of their own under the bar, two lines at most down to 360 px.
  const place = keepPlace ? { minHeight: { xs: 52, md: 20 } } : {};
  if (!progress || progress.complete) {
    return (
      <Box sx={{ display: "flex", alignItems: "center", ...place }}>
        <Typography variant="caption" color="text.secondary">
          {!progress
            ? "Loading workspaces…"
            : narrowedTo !== undefined
              ? `All ${(progress.count - (progress.unread ?? 0)).toLocaleString("en")} workspaces coderd sent were read; ${narrowedTo.toLocaleString("en")} match the search.`
              : `All ${(progress.count - (progress.unread ?? 0)).toLocaleString("en")} workspaces loaded.`}
        </Typography>
      </Box>
    );
  }
  const { loaded, count } = progress;
  const words =
    narrowedTo !== undefined
      ? `${loaded.toLocaleString("en")} of ${count.toLocaleString("en")} read, ${narrowedTo.toLocaleString("en")} matching so far`
      : `${loaded.toLocaleString("en")} of ${count.toLocaleString("en")} workspaces loaded`;
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", ...place }}>
      <Box
        role="progressbar"
        aria-label="Workspaces loaded"
        aria-valuemin={0}
        aria-valuemax={count}
        aria-valuenow={loaded}
        aria-valuetext={words}
        sx={{ width: 96, height: 4, bgcolor: "action.hover", borderRadius: 2, overflow: "hidden" }}
      >
        {/* The width inline: in `sx`, each chunk's share was a new style rule for the page. */}
        <Box
          sx={{ height: "100%", bgcolor: "primary.main", transition: "width 200ms" }}
          style={{ width: `${count > 0 ? Math.min(100, (loaded / count) * 100) : 0}%` }}
        />
      </Box>
      <Typography
        variant="caption"
        color="text.secondary"
        sx={keepPlace ? { flexBasis: { xs: "100%", md: "auto" } } : undefined}
      >
        {words}.{note ? ` ${note}` : ""}
      </Typography>
    </Box>
  );
}
