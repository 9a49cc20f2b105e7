import ArrowBack from "@mui/icons-material/ArrowBack";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import type { Freshness } from "../../api/polling";
import type { AlertChoices } from "../../api/changes/changeStore";
import { ChangeMarker } from "../../components/ChangeMarker";
import { changeCountWords } from "../../components/ChangesSummary";
import type { NotificationSupport } from "../../components/desktopNotifications";
import { ErrorState } from "../../components/ErrorState";
import { FleetProgress, type LoadProgress } from "../../components/FleetProgress";
import { FreshnessLine, FreshnessWarning } from "../../components/Freshness";
import { ProgressBar } from "../../components/ProgressBar";
import { StatusBadge } from "../../components/StatusBadge";
import { changesHref, CHANGES_PATH, type ChangeWindow } from "../../domain/changesLink";
import {
  CHANGE_LABELS,
  PROBLEM_CHANGE_KINDS,
  type ChangeKind,
  type FleetChange,
} from "../../domain/changeKinds";
import type { StatusInfo } from "../../domain/status";
import { formatExact, formatTimeOfDay } from "../../domain/time";

/** One line of the view: a workspace's changes seen at one time, and its status now. */
export interface ChangeItem {
  id: string;
  name: string;
  owner: string;
  kinds: readonly ChangeKind[];
  at: number;
  /** Its status now; undefined when it is gone from the fleet. */
  status: StatusInfo | undefined;
}

export interface ChangesPageViewProps {
  window: ChangeWindow;
  /** The whole fleet has been looked at on this page: the list below is complete. */
  ready: boolean;
  items: readonly ChangeItem[];
  /** The changes the items come from, for the summary's counts. */
  changes: readonly FleetChange[];
  seenAt: number | undefined;
  progress: LoadProgress | undefined;
  error: unknown;
  isFetching: boolean;
  onRetry: () => void;
  freshness: Freshness;
  onMarkSeen: () => void;
  alerts: AlertChoices;
  onAlerts: (next: Partial<AlertChoices>) => void;
  notifications: NotificationSupport;
  onNotificationsOn: () => void;
  /** Now, for "today" in times (epoch ms). */
  now: number;
}

/** Lines drawn at first, and added by each "Show more". */
const PAGE = 200;

function workspaceHref(item: ChangeItem): string {
  const base = `/workspaces/${encodeURIComponent(item.id)}`;
  // A deleted workspace's last record is still there to read.
  return item.status ? base : `${base}?include_deleted=true`;
}

function heading(props: ChangesPageViewProps): string {
  const w = props.window;
  if (w.kind === "window") {
    const from = formatTimeOfDay(w.since, props.now);
    return w.until === undefined
      ? `Changes seen since ${from}`
      : `Changes seen from ${from} to ${formatTimeOfDay(w.until, props.now)}`;
  }
  if (w.kind === "invalid") return "This link's time window can't be read";
  return props.seenAt
    ? `Since your last visit, ${formatTimeOfDay(props.seenAt, props.now)}`
    : "Since your last visit";
}

function AlertSettings(props: ChangesPageViewProps) {
  const { alerts, onAlerts, notifications } = props;
  const toggleMute = (kind: ChangeKind, counted: boolean) => {
    const muted = new Set(alerts.muted);
    if (counted) muted.delete(kind);
    else muted.add(kind);
    onAlerts({ muted });
  };
  return (
    <Paper component="section" aria-labelledby="alerts-title" sx={{ p: 2 }}>
      <Typography id="alerts-title" variant="h2" sx={{ fontSize: "1.05rem", mb: 0.5 }}>
        How it tells you
      </Typography>
      <Typography variant="body2" color="text.secondary">
        The tab&apos;s title and icon count workspaces with new problems of the kinds ticked;
        desktop notifications, when on, name them, at most one a minute, while you are not looking
        at this tab. Everything stays in this browser.
      </Typography>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
        <Typography component="legend" variant="body2" sx={{ fontWeight: 600 }}>
          New problems to count and notify
        </Typography>
        <Stack direction="row" sx={{ flexWrap: "wrap", columnGap: 2 }}>
          {PROBLEM_CHANGE_KINDS.map((kind) => (
            <FormControlLabel
              key={kind}
              control={
                <Checkbox
                  checked={!alerts.muted.has(kind)}
                  onChange={(e) => toggleMute(kind, e.target.checked)}
                />
              }
              label={CHANGE_LABELS[kind]}
            />
          ))}
        </Stack>
      </Box>
      <Stack direction="row" sx={{ alignItems: "center", flexWrap: "wrap", gap: 1, mt: 1 }}>
        {notifications === "unsupported" ? (
          <Typography variant="body2">
            This browser can&apos;t show desktop notifications.
          </Typography>
        ) : notifications === "denied" ? (
          <Typography variant="body2">
            Desktop notifications are blocked for this site in the browser&apos;s settings.
          </Typography>
        ) : alerts.notify && notifications === "granted" ? (
          <>
            <Typography variant="body2">Desktop notifications are on.</Typography>
            <Button size="small" variant="outlined" onClick={() => onAlerts({ notify: false })}>
              Turn off desktop notifications
            </Button>
          </>
        ) : (
          <Button size="small" variant="outlined" onClick={props.onNotificationsOn}>
            Turn on desktop notifications
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function ChangeLine({ item, now }: { item: ChangeItem; now: number }) {
  return (
    <Box
      component="li"
      sx={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        columnGap: 1.5,
        rowGap: 0.5,
        py: 1,
        borderTop: 1,
        borderColor: "divider",
        overflowWrap: "anywhere",
      }}
    >
      <Box
        component="time"
        dateTime={new Date(item.at).toISOString()}
        title={formatExact(new Date(item.at))}
        sx={{ minWidth: "4.5rem", fontVariantNumeric: "tabular-nums", typography: "body2" }}
      >
        {formatTimeOfDay(item.at, now)}
      </Box>
      <ChangeMarker kinds={item.kinds} label={item.kinds.map((k) => CHANGE_LABELS[k]).join(", ")} />
      <Box sx={{ minWidth: 0, flex: "1 1 12rem" }}>
        <Link component={RouterLink} to={workspaceHref(item)} sx={{ fontWeight: 600 }}>
          <bdi>{item.name || "(unnamed)"}</bdi>
        </Link>{" "}
        <Typography component="span" variant="body2" color="text.secondary">
          <bdi>{item.owner || "unknown owner"}</bdi>
        </Typography>
      </Box>
      {item.status ? (
        <Stack direction="row" sx={{ alignItems: "center", gap: 0.5 }}>
          <Typography component="span" variant="body2" color="text.secondary">
            Now
          </Typography>
          <StatusBadge status={item.status} />
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          No longer in the fleet
        </Typography>
      )}
    </Box>
  );
}

/**
 * What changed in the fleet since the user last looked (or in a linked time window), newest first,
 * each with its time and a link to the workspace; "Mark all as seen"; and how the tab tells of new
 * problems.
 */
export function ChangesPageView(props: ChangesPageViewProps) {
  const { window: w, items } = props;
  const [shown, setShown] = useState(PAGE);
  const visible = items.slice(0, shown);
  const sinceVisit = w.kind === "since-visit";
  return (
    <Stack spacing={2}>
      <Link
        component={RouterLink}
        to="/workspaces"
        sx={{ display: "inline-flex", alignItems: "center", gap: 0.5, alignSelf: "flex-start" }}
      >
        <ArrowBack aria-hidden fontSize="small" /> All workspaces
      </Link>
      <Stack
        direction="row"
        sx={{ alignItems: "baseline", justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}
      >
        <Typography variant="h1">Changes</Typography>
        <FreshnessLine freshness={props.freshness} />
      </Stack>
      <FreshnessWarning freshness={props.freshness} what="workspaces" />
      {props.progress ? (
        <FleetProgress
          progress={props.progress}
          note="Changes are read once the whole fleet is in."
        />
      ) : null}
      {props.error && !props.ready ? (
        <ErrorState
          title="Couldn't load workspaces"
          error={props.error}
          onRetry={props.onRetry}
          retrying={props.isFetching}
        />
      ) : null}

      <Stack
        direction="row"
        sx={{ alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h2" sx={{ fontSize: "1.15rem" }}>
            {heading(props)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {w.kind === "invalid" ? (
              <>
                {w.reason}{" "}
                <Link component={RouterLink} to={CHANGES_PATH}>
                  See the changes since your last visit
                </Link>
                .
              </>
            ) : sinceVisit ? (
              <>
                Workspaces that failed, became unhealthy or stuck, recovered, started, stopped, were
                created or deleted.{" "}
                <Link component={RouterLink} to={changesHref(props.now - 24 * 60 * 60_000)}>
                  Every change seen in the last 24 h
                </Link>
              </>
            ) : (
              <>
                As this browser saw them (it keeps a day).{" "}
                <Link component={RouterLink} to={CHANGES_PATH}>
                  Since your last visit
                </Link>
              </>
            )}
          </Typography>
        </Box>
        {sinceVisit && props.changes.length > 0 ? (
          <Button variant="outlined" onClick={props.onMarkSeen}>
            Mark all as seen
          </Button>
        ) : null}
      </Stack>

      {w.kind === "invalid" ? null : !props.ready ? (
        props.error ? null : (
          <ProgressBar label="Loading workspaces" />
        )
      ) : items.length === 0 ? (
        <Paper sx={{ p: 3, textAlign: "center" }}>
          <Typography variant="h3" component="p">
            {sinceVisit
              ? "Nothing changed since your last visit"
              : "No changes seen in this window"}
          </Typography>
        </Paper>
      ) : (
        <Paper sx={{ px: 2, pb: 1 }}>
          <Typography variant="body2" sx={{ py: 1 }} role="status">
            {changeCountWords(props.changes)}.
          </Typography>
          <Box component="ol" aria-label="Changes" sx={{ listStyle: "none", p: 0, m: 0 }}>
            {visible.map((item) => (
              <ChangeLine key={`${item.id}-${item.at}`} item={item} now={props.now} />
            ))}
          </Box>
          {items.length > visible.length ? (
            <Button sx={{ mt: 1 }} onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, items.length - visible.length).toLocaleString("en")} more (of{" "}
              {(items.length - visible.length).toLocaleString("en")} left)
            </Button>
          ) : null}
        </Paper>
      )}

      <AlertSettings {...props} />
    </Stack>
  );
}
