import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { CHANGES_PATH } from "../domain/changesLink";
import { CHANGE_LABELS, countByKind, type FleetChange } from "../domain/changeKinds";
import { formatTimeOfDay } from "../domain/time";

/** "2 failed, 1 started": the changes counted per kind, in words. */
export function changeCountWords(changes: readonly FleetChange[]): string {
  return [...countByKind(changes)]
    .map(([kind, n]) => `${n.toLocaleString("en")} ${CHANGE_LABELS[kind].toLowerCase()}`)
    .join(", ");
}

/**
 * One line above a view's rows: what changed since the user last looked, a link to the Changes
 * view and "Mark all as seen". Nothing when nothing changed.
 */
export function ChangesSummary({
  changes,
  seenAt,
  onMarkSeen,
}: {
  changes: readonly FleetChange[];
  seenAt: number | undefined;
  onMarkSeen: () => void;
}) {
  if (changes.length === 0) return null;
  return (
    <Paper
      component="section"
      aria-label="Changes since your last visit"
      variant="outlined"
      sx={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        columnGap: 1.5,
        rowGap: 0.5,
        px: 1.5,
        py: 0.75,
        borderColor: "info.main",
      }}
    >
      <Typography variant="body2" sx={{ flex: "1 1 16rem", minWidth: 0 }}>
        <strong>Since your last visit</strong>
        {seenAt ? ` (${formatTimeOfDay(seenAt)})` : ""}: {changeCountWords(changes)}.
      </Typography>
      <Link component={RouterLink} to={CHANGES_PATH} variant="body2">
        View changes
      </Link>
      <Button size="small" onClick={onMarkSeen}>
        Mark all as seen
      </Button>
    </Paper>
  );
}
