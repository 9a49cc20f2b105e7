import WarningAmber from "@mui/icons-material/WarningAmber";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { WorkspaceAgent } from "../../coderd/schemas";
import { StatusBadge } from "../../components/StatusBadge";
import { visuallyHidden } from "../../components/visuallyHidden";
import { agentsExpectedUp, agentUnhealthyReason } from "../../domain/health";
import { agentLifecycle, agentLifecycleHelp, type StatusInfo } from "../../domain/status";

/** A named badge: "Connection: Connected", "Lifecycle: Ready" (the name is for screen readers). */
export function NamedBadge({ name, status }: { name: string; status: StatusInfo }) {
  return (
    <Box component="span" sx={{ display: "inline-flex" }}>
      <Box component="span" sx={visuallyHidden}>
        {name}:{" "}
      </Box>
      <StatusBadge status={status} />
    </Box>
  );
}

/** The agent's lifecycle state beside its connection status; old servers send none. */
export function LifecycleState({ state }: { state: string | undefined }) {
  if (!state) return null;
  return <NamedBadge name="Lifecycle" status={agentLifecycle(state)} />;
}

/**
 * The lifecycle explained, and why the agent is unhealthy (coderd's reason, or the same rules applied
 * to an old server's fields), when the workspace should have its agents up.
 */
export function AgentStateNotes({
  agent,
  workspaceStatus,
}: {
  agent: WorkspaceAgent;
  workspaceStatus: string | undefined;
}) {
  const help = agentLifecycleHelp(agent.lifecycle_state);
  const reason = agentsExpectedUp(workspaceStatus) ? agentUnhealthyReason(agent) : undefined;
  if (!help && !reason) return null;
  return (
    <>
      {reason ? (
        <Typography
          variant="body2"
          sx={{ display: "flex", gap: 0.75, alignItems: "flex-start", fontWeight: 600 }}
        >
          <WarningAmber aria-hidden sx={{ fontSize: 18, color: "warning.main", mt: "1px" }} />
          <span>
            Unhealthy: <bdi style={{ fontWeight: 400 }}>{reason}</bdi>
          </span>
        </Typography>
      ) : null}
      {help ? (
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
      ) : null}
    </>
  );
}
