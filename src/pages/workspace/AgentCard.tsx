import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { AgentApps } from "./AgentApps";
import { anchorId, DeepLinkActions, highlightSx } from "./DeepLinkActions";
import { LatencyChart } from "./LatencyChart";
import { AgentStateNotes, LifecycleState, NamedBadge } from "./LifecycleState";
import { ScriptsPanel } from "./ScriptsPanel";
import { Facts, Mono } from "./Section";
import type { WorkspaceAgent } from "../../coderd/schemas";
import { RelativeTime } from "../../components/RelativeTime";
import { SensitiveValue } from "../../components/SensitiveValue";
import { Tag } from "../../components/Tag";
import { useNow } from "../../components/useNow";
import { agentConnectionTimedOut } from "../../domain/health";
import { latencyAge } from "../../domain/latency";
import { agentStatus, agentStatusHelp } from "../../domain/status";
import { parseSafeUrl } from "../../domain/url";
import { ServerLink } from "../../components/ServerLink";

interface Props {
  agent: WorkspaceAgent;
  index: number;
  workspaceStatus: string | undefined;
  highlighted: string;
  /** Set for a sub-agent (dev container) shown under its parent. */
  parentName?: string;
  /** A sub-agent whose parent is not in this resource. */
  orphan?: boolean;
}

function EnvironmentVariables({ vars }: { vars: Record<string, string> | null | undefined }) {
  const entries = Object.entries(vars ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <>None</>;
  return (
    <Stack component="ul" sx={{ listStyle: "none", p: 0, m: 0 }} spacing={0.25}>
      {entries.map(([name, value]) => (
        <Stack
          component="li"
          key={name}
          direction="row"
          sx={{ alignItems: "center", gap: 1, flexWrap: "wrap" }}
        >
          <Mono>{name}</Mono>
          <SensitiveValue value={value} label={`value of ${name}`} />
        </Stack>
      ))}
    </Stack>
  );
}

export function AgentCard({
  agent,
  index,
  workspaceStatus,
  highlighted,
  parentName,
  orphan = false,
}: Props) {
  const anchor = anchorId("agent", agent.id, `${agent.name ?? "agent"}-${index}`);
  const now = useNow();
  // A never-connected agent past its timeout is timed out, whatever a stale answer still says.
  const status = agentStatus(agentConnectionTimedOut(agent, now) ? "timeout" : agent.status);
  const troubleshooting = parseSafeUrl(agent.troubleshooting_url);
  const name = agent.name || "Unnamed agent";
  const apps = agent.apps ?? [];
  return (
    <Box
      id={anchor}
      sx={{
        border: 1,
        borderColor: "divider",
        borderRadius: 1,
        p: { xs: 1.5, sm: 2 },
        ...highlightSx(highlighted === anchor),
      }}
    >
      <Stack spacing={2}>
        <Stack direction="row" sx={{ alignItems: "center", gap: 1, flexWrap: "wrap" }}>
          <Typography variant="h3" component="h4" sx={{ overflowWrap: "anywhere" }}>
            Agent <bdi>{name}</bdi>
          </Typography>
          {parentName !== undefined || orphan ? (
            <Tag>{parentName ? `Sub-agent of ${parentName}` : "Sub-agent"}</Tag>
          ) : null}
          <NamedBadge name="Connection" status={status} />
          <LifecycleState state={agent.lifecycle_state} />
          <Box sx={{ flex: 1 }} />
          <DeepLinkActions anchor={anchor} id={agent.id} what={`agent ${name}`} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {agentStatusHelp(agent, workspaceStatus, now)}
          {troubleshooting && (agent.status === "timeout" || agent.status === "disconnected") ? (
            <>
              {" "}
              <ServerLink url={troubleshooting}>Troubleshooting guide</ServerLink>
            </>
          ) : null}
        </Typography>
        <AgentStateNotes agent={agent} workspaceStatus={workspaceStatus} />
        <Facts
          items={[
            [
              "OS / architecture",
              `${agent.operating_system || "unknown"} / ${agent.architecture || "unknown"}`,
            ],
            ["Version", agent.version || "Not connected yet"],
            ["Directory", agent.directory ? <Mono key="d">{agent.directory}</Mono> : "Default"],
            [
              "Connection timeout",
              agent.connection_timeout_seconds ? `${agent.connection_timeout_seconds} s` : "None",
            ],
            [
              "First connected",
              <RelativeTime key="f" value={agent.first_connected_at} fallback="Never" />,
            ],
            [
              "Last connected",
              <RelativeTime key="l" value={agent.last_connected_at} fallback="Never" />,
            ],
            ["Disconnected", <RelativeTime key="x" value={agent.disconnected_at} fallback="—" />],
            [
              "Troubleshooting",
              troubleshooting ? <ServerLink key="t" url={troubleshooting} /> : "—",
            ],
            ["Environment", <EnvironmentVariables key="e" vars={agent.environment_variables} />],
          ]}
        />
        <ScriptsPanel agent={agent} />
        <Stack spacing={1}>
          <Typography variant="body2" component="h5" sx={{ fontWeight: 600 }}>
            Latency
          </Typography>
          <LatencyChart latency={agent.latency} age={latencyAge(agent, now)} />
        </Stack>
        <AgentApps agent={agent} apps={apps} highlighted={highlighted} />
      </Stack>
    </Box>
  );
}
