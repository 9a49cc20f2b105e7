import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useMemo } from "react";
import type { Workspace } from "../../coderd/schemas";
import { StatusBadge } from "../../components/StatusBadge";
import { useNow } from "../../components/useNow";
import { visuallyHidden } from "../../components/visuallyHidden";
import { groupProblemWords, groupWorkspaces } from "../../domain/grouping";
import type { GroupBy } from "../../domain/listView";
import { workspaceStatus } from "../../domain/status";
import type { Thresholds } from "../../domain/timeInState";

// Phones show owner/template, count and problems; the status breakdown needs the width.
const SM_UP = { display: { xs: "none", sm: "table-cell" } } as const;

interface Props {
  workspaces: Workspace[];
  group: GroupBy;
  thresholds: Thresholds;
  /** Narrows the list to one group (`owner:alice`, `template:docker`). */
  onFilter: (term: string) => void;
}

/** One row per owner or template: how many workspaces, in which states, with which problems. */
export function GroupedView({ workspaces, group, thresholds, onFilter }: Props) {
  const now = useNow();
  // Minute resolution is plenty for "stuck" here, and keeps the rollup from recomputing every tick.
  const minute = Math.floor(now / 60_000) * 60_000;
  const groups = useMemo(
    () => groupWorkspaces(workspaces, group, minute, thresholds),
    [workspaces, group, minute, thresholds],
  );
  const noun = group === "owner" ? "Owner" : "Template";
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label={`Workspaces by ${group}`}>
        <TableHead>
          <TableRow>
            <TableCell>{noun}</TableCell>
            <TableCell align="right">Workspaces</TableCell>
            <TableCell sx={SM_UP}>By status</TableCell>
            <TableCell>Problems</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.map((g) => (
            <TableRow key={g.key || "(none)"}>
              <TableCell sx={{ overflowWrap: "anywhere" }}>
                {g.key ? (
                  <Button
                    size="small"
                    sx={{ textTransform: "none", fontWeight: 600, minWidth: 0 }}
                    onClick={() => onFilter(`${group}:${g.key}`)}
                  >
                    <bdi>{g.label}</bdi>
                    <span style={visuallyHidden}>: show only these workspaces</span>
                  </Button>
                ) : (
                  <bdi>{g.label}</bdi>
                )}
              </TableCell>
              <TableCell align="right">{g.total}</TableCell>
              <TableCell sx={SM_UP}>
                <ul
                  style={{
                    listStyle: "none",
                    padding: 0,
                    margin: 0,
                    display: "flex",
                    flexWrap: "wrap",
                    gap: "4px 12px",
                  }}
                >
                  {g.byStatus.map(({ status, count }) => (
                    <li key={status}>
                      <StatusBadge status={workspaceStatus(status)} /> {count}
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell>
                <Typography
                  variant="body2"
                  sx={{ fontWeight: g.problemTotal > 0 ? 600 : 400 }}
                  color={g.problemTotal > 0 ? "text.primary" : "text.secondary"}
                >
                  {groupProblemWords(g)}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
