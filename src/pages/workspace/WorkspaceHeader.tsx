import WidgetsOutlined from "@mui/icons-material/WidgetsOutlined";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Facts } from "./Section";
import type { Workspace } from "../../coderd/schemas";
import { CopyButton } from "../../components/CopyButton";
import { OutdatedFlag } from "../../components/OutdatedFlag";
import { RelativeTime } from "../../components/RelativeTime";
import { SafeIcon } from "../../components/SafeIcon";
import { StatusBadge } from "../../components/StatusBadge";
import { useNow } from "../../components/useNow";
import { unhealthyAgents } from "../../domain/health";
import { templateLabel } from "../../domain/listView";
import {
  autostopInWords,
  maxDeadlineInWords,
  nextStartInWords,
  scheduleInWords,
  ttlInWords,
  type TimeWords,
} from "../../domain/schedule";
import { automaticUpdatesLabel, workspaceStatus, type StatusInfo } from "../../domain/status";
import { formatExact } from "../../domain/time";
import { coderBuildUrl, coderWorkspaceUrl, type CoderLinkBase } from "../../domain/coderLinks";

/** The workspace's own page in Coder, and its latest build's logs there. */
function CoderLinks({ workspace, base }: { workspace: Workspace; base: CoderLinkBase }) {
  const page = coderWorkspaceUrl(workspace, base);
  const build = coderBuildUrl(workspace, base);
  if (!page && !build) return null;
  return (
    <Stack
      component="nav"
      aria-label="In Coder"
      direction="row"
      sx={{ gap: 2, flexWrap: "wrap", typography: "body2" }}
    >
      {page ? <Link href={page.href}>Open in Coder</Link> : null}
      {build ? (
        <Link href={build.href}>Build #{workspace.latest_build?.build_number} logs</Link>
      ) : null}
    </Stack>
  );
}

function When({ words }: { words: TimeWords }) {
  return (
    <time dateTime={words.date.toISOString()} title={formatExact(words.date)}>
      {words.text}
    </time>
  );
}

/** The countdown while the workspace is on (else its autostop delay) and the hard limit `max_deadline`. */
function DeadlineText({ workspace }: { workspace: Workspace }) {
  const now = useNow();
  const build = workspace.latest_build;
  const deadline = autostopInWords(workspace, now);
  const max = maxDeadlineInWords(build?.max_deadline, build?.status, now);
  return (
    <>
      {typeof deadline === "string" ? deadline : <When words={deadline} />}
      {max ? (
        <>
          <br />
          <When words={max} />
        </>
      ) : null}
    </>
  );
}

/** The autostart schedule in words, and when it next fires (`next_start_at`). */
function AutostartText({ workspace }: { workspace: Workspace }) {
  const now = useNow();
  const next = nextStartInWords(workspace.next_start_at, now);
  return (
    <>
      {scheduleInWords(workspace.autostart_schedule) ?? "Off"}
      {next ? (
        <>
          <br />
          <When words={next} />
        </>
      ) : null}
    </>
  );
}

const UNHEALTHY: StatusInfo = {
  label: "Unhealthy",
  tone: "warning",
  inProgress: false,
  known: true,
};

export function WorkspaceHeader({
  workspace,
  base,
}: {
  workspace: Workspace;
  /** Where Coder's pages are; undefined for a deleted workspace, which Coder no longer shows. */
  base: CoderLinkBase | undefined;
}) {
  const status = workspaceStatus(workspace.latest_build?.status);
  // Never a lone green "Running" while an agent is unhealthy.
  const unhealthy = unhealthyAgents(workspace).length > 0;
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
              <bdi>{workspace.name || "(unnamed workspace)"}</bdi>
            </Typography>
            <Typography color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
              <bdi>{workspace.owner_name ?? "unknown owner"}</bdi> ·{" "}
              <bdi>{templateLabel(workspace)}</bdi>
            </Typography>
            {base ? <CoderLinks workspace={workspace} base={base} /> : null}
          </Stack>
          <Stack direction="row" sx={{ alignItems: "center", gap: 1 }}>
            <Stack
              role="group"
              aria-label="Workspace status"
              direction="row"
              sx={{ alignItems: "center", gap: 1 }}
            >
              <StatusBadge status={status} size="medium" />
              {unhealthy ? <StatusBadge status={UNHEALTHY} size="medium" /> : null}
            </Stack>
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
            ["Autostart", <AutostartText key="as" workspace={workspace} />],
            ["Autostop", ttlInWords(workspace.ttl_ms) ?? "Off"],
            ["Deadline", <DeadlineText key="d" workspace={workspace} />],
            ["Automatic updates", automaticUpdatesLabel(workspace.automatic_updates)],
          ]}
        />
      </Stack>
    </Paper>
  );
}
