import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { StatusBadge } from "../../components/StatusBadge";
import { workspaceStatus } from "../../domain/status";

interface Props {
  counts: { status: string; count: number }[];
  active: string | undefined;
  onSelect: (status: string | undefined) => void;
  /** Workspaces with an agent disconnected or timed out (coderd's `healthy:false`). */
  unhealthy: number;
  unhealthyActive: boolean;
  onSelectUnhealthy: (on: boolean) => void;
}

const UNHEALTHY = { label: "Unhealthy", tone: "error", inProgress: false, known: true } as const;

const CHIP_SX = (selected: boolean) => ({
  borderRadius: 999,
  textTransform: "none",
  gap: 1,
  borderColor: selected ? "primary.main" : "divider",
  bgcolor: selected ? "action.selected" : undefined,
  borderWidth: selected ? 2 : 1,
});

/** Counts of the current result by status; a click filters by it, a second click clears it. */
export function StatusSummary({
  counts,
  active,
  onSelect,
  unhealthy,
  unhealthyActive,
  onSelectUnhealthy,
}: Props) {
  return (
    <Stack
      component="ul"
      direction="row"
      aria-label="Workspaces by status"
      sx={{ flexWrap: "wrap", gap: 1, listStyle: "none", p: 0, m: 0 }}
    >
      {counts.map(({ status, count }) => {
        const info = workspaceStatus(status);
        const selected = active === status;
        return (
          <li key={status}>
            <Button
              size="small"
              variant="outlined"
              color={selected ? "primary" : "inherit"}
              aria-pressed={selected}
              onClick={() => onSelect(selected ? undefined : status)}
              sx={CHIP_SX(selected)}
            >
              <StatusBadge status={info} /> <strong>{count.toLocaleString()}</strong>
            </Button>
          </li>
        );
      })}
      {unhealthy > 0 || unhealthyActive ? (
        <li>
          <Button
            size="small"
            variant="outlined"
            color={unhealthyActive ? "primary" : "inherit"}
            aria-pressed={unhealthyActive}
            title="An agent is disconnected or timed out (healthy:false)"
            onClick={() => onSelectUnhealthy(!unhealthyActive)}
            sx={CHIP_SX(unhealthyActive)}
          >
            <StatusBadge status={UNHEALTHY} /> <strong>{unhealthy.toLocaleString()}</strong>
          </Button>
        </li>
      ) : null}
    </Stack>
  );
}
