import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

/** How far the whole fleet has loaded behind the first page. */
export interface LoadProgress {
  loaded: number;
  count: number;
  complete: boolean;
}

/**
 * "2,000 of 5,000 workspaces loaded" and a small bar, while the rest of the fleet loads behind the
 * first page; `note` says what only covers the rows loaded so far. One line, in a row that is there
 * anyway, so nothing below moves when it goes. Nothing once complete.
 */
export function FleetProgress({ progress, note }: { progress: LoadProgress; note?: string }) {
  if (progress.complete) return null;
  const { loaded, count } = progress;
  const words = `${loaded.toLocaleString()} of ${count.toLocaleString()} workspaces loaded`;
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
      <Box
        role="progressbar"
        aria-label="Workspaces loaded"
        aria-valuemin={0}
        aria-valuemax={count}
        aria-valuenow={loaded}
        aria-valuetext={words}
        sx={{ width: 96, height: 4, bgcolor: "action.hover", borderRadius: 2, overflow: "hidden" }}
      >
        <Box
          sx={{
            height: "100%",
            width: `${count > 0 ? Math.min(100, (loaded / count) * 100) : 0}%`,
            bgcolor: "primary.main",
            transition: "width 200ms",
          }}
        />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {words}.{note ? ` ${note}` : ""}
      </Typography>
    </Box>
  );
}
