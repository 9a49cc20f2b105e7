import WidgetsOutlined from "@mui/icons-material/WidgetsOutlined";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Facts } from "./Section";
import type { Workspace } from "../../api/types";
import { CopyButton } from "../../components/CopyButton";
import { OutdatedFlag } from "../../components/OutdatedFlag";
import { RelativeTime } from "../../components/RelativeTime";
import { SafeIcon } from "../../components/SafeIcon";
import { StatusBadge } from "../../components/StatusBadge";
import { useNow } from "../../components/useNow";
import { deadlineOf } from "../../domain/deadline";
import { templateLabel } from "../../domain/listView";
import { scheduleInWords, ttlInWords } from "../../domain/schedule";
import { workspaceStatus } from "../../domain/status";
import { formatDuration, formatExact } from "../../domain/time";

function DeadlineText({ workspace }: { workspace: Workspace }) {
  const now = useNow();
  const deadline = deadlineOf(workspace.latest_build?.deadline);
  if (!deadline) return <>No automatic stop pending</>;
  const diff = deadline.getTime() - now;
  return (
    <time dateTime={deadline.toISOString()} title={formatExact(deadline)}>
      {diff > 0
        ? `Stops in ${formatDuration(diff)}`
        : `Deadline passed ${formatDuration(diff)} ago`}
    </time>
  );
}

export function WorkspaceHeader({ workspace }: { workspace: Workspace }) {
  const status = workspaceStatus(workspace.latest_build?.status);
  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack spacing={2}>
        <Stack direction="row" sx={{ alignItems: "center", gap: 2, flexWrap: "wrap" }}>
          <SafeIcon
            src={workspace.template_icon}
            size={40}
            fallback={
              <WidgetsOutlined sx={{ fontSize: 40, color: "text.secondary" }} aria-hidden />
            }
          />
          <Stack sx={{ minWidth: 0, flex: "1 1 200px" }}>
            <Typography variant="h1" sx={{ overflowWrap: "anywhere" }}>
              {workspace.name || "(unnamed workspace)"}
            </Typography>
            <Typography color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
              {workspace.owner_name ?? "unknown owner"} · {templateLabel(workspace)}
            </Typography>
          </Stack>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1 }}>
            <StatusBadge status={status} size="medium" />
            {workspace.outdated ? <OutdatedFlag /> : null}
            {workspace.id ? <CopyButton text={workspace.id} label="Copy workspace ID" /> : null}
          </Stack>
        </Stack>
        <Facts
          items={[
            [
              "Last used",
              <RelativeTime key="lu" value={workspace.last_used_at} fallback="Never" />,
            ],
            ["Created", <RelativeTime key="c" value={workspace.created_at} />],
            ["Updated", <RelativeTime key="u" value={workspace.updated_at} />],
            ["Template", workspace.template_name ?? "—"],
            ["Autostart", scheduleInWords(workspace.autostart_schedule) ?? "Off"],
            ["Autostop", ttlInWords(workspace.ttl_ms) ?? "Off"],
            ["Deadline", <DeadlineText key="d" workspace={workspace} />],
          ]}
        />
      </Stack>
    </Paper>
  );
}
