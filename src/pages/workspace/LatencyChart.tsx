import Box from "@mui/material/Box";
import { visuallyHidden } from "../../components/visuallyHidden";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { DERPRegion } from "../../coderd/schemas";
import { formatMs, sortedLatency, type LatencyAge, type LatencyBand } from "../../domain/latency";
import { formatDuration } from "../../domain/time";

const BAND: Record<LatencyBand, { color: string; word: string }> = {
  good: { color: "success.main", word: "good" },
  fair: { color: "warning.main", word: "fair" },
  poor: { color: "error.main", word: "poor" },
};

/**
 * Every DERP region, fastest first, as numbers with a band word and a bar; colour only adds to that.
 * Figures from before the agent lost its connection say how old they are, or are not shown.
 */
export function LatencyChart({
  latency,
  age = { kind: "current" },
}: {
  latency: Record<string, DERPRegion> | undefined;
  age?: LatencyAge;
}) {
  const regions = sortedLatency(latency);
  if (regions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No latency reported for this agent.
      </Typography>
    );
  }
  if (age.kind === "unknown") {
    return (
      <Typography variant="body2" color="text.secondary">
        No current latency: the agent is not connected, and its last figures are of unknown age.
      </Typography>
    );
  }
  const max = Math.max(...regions.map((r) => r.ms), 300);
  const preferred = regions.find((r) => r.preferred);
  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        {preferred ? (
          <>
            Preferred region: <strong>{preferred.region}</strong> ({formatMs(preferred.ms)}
            {age.kind === "since" ? `, ${formatDuration(age.ageMs)} old` : ""})
          </>
        ) : (
          "No preferred region reported."
        )}
      </Typography>
      {age.kind === "since" ? (
        <Typography variant="body2" color="text.secondary">
          Last measured before the agent lost its connection, {formatDuration(age.ageMs)} ago.
        </Typography>
      ) : null}
      <Box
        component="table"
        sx={{
          borderCollapse: "collapse",
          width: "100%",
          fontSize: "0.85rem",
          "& td, & th": { py: 0.4, pr: 1.5, textAlign: "left" },
        }}
      >
        <Box component="caption" sx={visuallyHidden}>
          Latency by DERP region, fastest first
        </Box>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Latency</th>
            <Box component="th" scope="col" sx={{ width: { xs: "30%", sm: "45%" } }}>
              <Box component="span" sx={visuallyHidden}>
                Bar
              </Box>
            </Box>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.region}>
              <Box
                component="th"
                scope="row"
                // Whole words on a line ("Frankfurt", not "Frankfu rt"); only a word too long for
                // the column breaks.
                sx={{ fontWeight: r.preferred ? 700 : 400, overflowWrap: "break-word" }}
              >
                {r.region}
                {r.preferred ? " (preferred)" : ""}
              </Box>
              <Box component="td" sx={{ whiteSpace: "nowrap" }}>
                {formatMs(r.ms)}{" "}
                <Box component="span" sx={{ color: "text.secondary" }}>
                  · {BAND[r.band].word}
                </Box>
              </Box>
              <td aria-hidden>
                <Box sx={{ height: 8, borderRadius: 4, bgcolor: "action.hover" }}>
                  <Box
                    sx={{
                      height: 8,
                      borderRadius: 4,
                      width: `${Math.max(2, (r.ms / max) * 100)}%`,
                      bgcolor: BAND[r.band].color,
                    }}
                  />
                </Box>
              </td>
            </tr>
          ))}
        </tbody>
      </Box>
    </Stack>
  );
}
