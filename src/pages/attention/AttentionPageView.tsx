import ArrowBack from "@mui/icons-material/ArrowBack";
import ErrorOutline from "@mui/icons-material/ErrorOutlineOutlined";
import InfoOutlined from "@mui/icons-material/InfoOutlined";
import WarningAmber from "@mui/icons-material/WarningAmber";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useMemo, useState, type ReactNode, type SyntheticEvent } from "react";
import { Link as RouterLink } from "react-router";
import type { Workspace } from "../../coderd/schemas";
import { ErrorState } from "../../components/ErrorState";
import { FleetProgress, type LoadProgress } from "../../components/FleetProgress";
import { ProgressBar } from "../../components/ProgressBar";
import { StatusBadge } from "../../components/StatusBadge";
import { TextInput } from "../../components/TextInput";
import { FreshnessLine, FreshnessWarning } from "../../components/Freshness";
import type { Freshness } from "../../api/polling";
import { ChangeMarker } from "../../components/ChangeMarker";
import { ChangesSummary } from "../../components/ChangesSummary";
import type { ChangeKind } from "../../domain/changeKinds";
import type { ChangesSince } from "../changes/useChangesSince";
import { useNow } from "../../components/useNow";
import { workspaceStatus } from "../../domain/status";
import { workspacePagePath } from "../../domain/dashboardLinks";
import {
  membersInOrder,
  type AttentionGroup,
  type GroupMember,
} from "../../domain/attentionGroups";
import { useAttentionIndex } from "./useAttentionIndex";
import { latencyRangeWords, POOR_LATENCY, type LatencyRange } from "../../domain/latency";
import {
  PROBLEM_KINDS,
  PROBLEM_LABELS,
  type ProblemKind,
  type Severity,
} from "../../domain/triage";
import {
  DEFAULT_THRESHOLDS,
  STUCK_STATES,
  parseDuration,
  printDuration,
  timeInStateWords,
  type Thresholds,
} from "../../domain/timeInState";

export interface AttentionPageViewProps {
  workspaces: Workspace[] | undefined;
  /** How much of the fleet has loaded: until all of it has, the counts are partial and say so. */
  progress: LoadProgress | undefined;
  error: unknown;
  isFetching: boolean;
  onRetry: () => void;
  /** Only this kind of problem; undefined = all. */
  kind: ProblemKind | undefined;
  thresholds: Thresholds;
  /** Which connections count under Poor connection (`?min_ms=&max_ms=`). */
  latency: LatencyRange;
  /** The group shown open (`?group=`), by its id. */
  openGroup: string | undefined;
  onOpenGroup: (id: string | undefined) => void;
  /** This page's search ("?…"), to build the kind links. */
  search: string;
  /** This page's path and search, handed to the detail links for their back link. */
  from: string;
  onThresholds: (t: Partial<Thresholds>) => void;
  /** How old the fleet on screen is, and why, as on the list. */
  freshness: Freshness;
  /** What changed since the user last looked: marked on the workspaces, summed up above them. */
  changes?: ChangesSince | undefined;
}

type ChangeMarks = ReadonlyMap<string, readonly ChangeKind[]> | undefined;

const SEVERITY: Record<Severity, { label: string; Icon: typeof ErrorOutline; color: string }> = {
  critical: { label: "Critical", Icon: ErrorOutline, color: "error.main" },
  high: { label: "High", Icon: WarningAmber, color: "warning.main" },
  medium: { label: "Medium", Icon: InfoOutlined, color: "info.main" },
  low: { label: "Low", Icon: InfoOutlined, color: "text.secondary" },
};

/** Groups drawn at first, and added by each "Show more groups". */
const GROUP_WINDOW = 25;
/** Workspaces per page inside an open group. */
const MEMBER_PAGE = 20;

function kindHref(search: string, kind: ProblemKind | undefined): string {
  const params = new URLSearchParams(search);
  if (kind) params.set("kind", kind);
  else params.delete("kind");
  params.delete("group");
  if (kind !== "latency") {
    params.delete("min_ms");
    params.delete("max_ms");
  }
  const qs = params.toString();
  return qs ? `?${qs}` : "?";
}

function detailHref(w: Workspace, anchor: string | undefined): string {
  const base = workspacePagePath(w.id ?? "");
  return anchor ? `${base}#${encodeURIComponent(anchor)}` : base;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Every problem in the fleet, folded by cause (kind, template and the same cause words) into
 * groups with a count, most severe first; a group opens to its workspaces a page at a time. The
 * page never draws more than a window of groups and one page of workspaces, at any fleet size.
 */
export function AttentionPageView(props: AttentionPageViewProps) {
  const { workspaces, kind, thresholds, latency, search } = props;
  const now = useNow();
  // Minute resolution: "stuck" and durations read in minutes; recomputing each tick is wasted work.
  const minute = Math.floor(now / 60_000) * 60_000;
  const index = useAttentionIndex(workspaces, minute, thresholds, latency);
  const groups = useMemo(
    () => (index && kind ? index.groups.filter((g) => g.kind === kind) : index?.groups),
    [index, kind],
  );
  const shownCount = index ? (kind ? index.counts[kind] : index.total) : 0;
  const latencyFiltered = latency.min !== POOR_LATENCY.min || latency.max !== POOR_LATENCY.max;

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
        <Typography variant="h1">Needs attention</Typography>
        <FreshnessLine freshness={props.freshness} />
      </Stack>
      <Typography color="text.secondary">
        Every workspace in the fleet with a problem, grouped by cause, most severe first: failed
        builds, stuck jobs, unhealthy workspaces, apps failing their health checks, dormant
        workspaces by deletion date, required updates and poor connections.
      </Typography>

      <ThresholdsForm thresholds={thresholds} onApply={props.onThresholds} />

      <FreshnessWarning freshness={props.freshness} what="workspaces" />
      {props.changes ? (
        <ChangesSummary
          changes={props.changes.changes}
          seenAt={props.changes.seenAt}
          onMarkSeen={props.changes.onMarkSeen}
        />
      ) : null}
      {props.progress ? (
        <FleetProgress
          progress={props.progress}
          note="The problems below are among those loaded so far."
        />
      ) : null}

      {props.error && !workspaces ? (
        <ErrorState
          title="Couldn't load workspaces"
          error={props.error}
          onRetry={props.onRetry}
          retrying={props.isFetching}
        />
      ) : null}

      {index ? (
        <Box component="nav" aria-label="Problems by kind">
          <Stack
            component="ul"
            direction="row"
            sx={{ flexWrap: "wrap", gap: 1, listStyle: "none", p: 0, m: 0 }}
          >
            <KindLink href={kindHref(search, undefined)} current={!kind}>
              All problems <strong>{index.total.toLocaleString("en")}</strong>
            </KindLink>
            {PROBLEM_KINDS.map((k) => (
              <KindLink key={k} href={kindHref(search, k)} current={kind === k}>
                {PROBLEM_LABELS[k]} <strong>{index.counts[k].toLocaleString("en")}</strong>
              </KindLink>
            ))}
          </Stack>
        </Box>
      ) : null}

      {latencyFiltered || kind === "latency" ? (
        <Stack direction="row" sx={{ alignItems: "center", gap: 1, flexWrap: "wrap" }}>
          <Typography variant="body2">Connections counted:</Typography>
          <Chip
            size="small"
            label={`latency ${latencyRangeWords(latency)}`}
            {...(latencyFiltered
              ? {
                  component: RouterLink,
                  to: kindHref(search, "latency").replace(/&?(min|max)_ms=[^&]*/g, ""),
                  clickable: true,
                  "aria-label": `latency ${latencyRangeWords(latency)}; show the poor band (${latencyRangeWords(POOR_LATENCY)}) instead`,
                }
              : {})}
          />
        </Stack>
      ) : null}

      {!groups && !props.error ? <ProgressBar label="Loading workspaces" /> : null}

      {groups ? (
        groups.length === 0 ? (
          <Paper sx={{ p: 3, textAlign: "center" }}>
            <Typography variant="h3" component="p">
              {kind
                ? `No workspace: ${PROBLEM_LABELS[kind].toLowerCase()}`
                : "Nothing needs attention"}
            </Typography>
          </Paper>
        ) : (
          <GroupList
            // A new kind starts from the first window again.
            key={kind ?? "all"}
            groups={groups}
            problems={shownCount}
            label={kind ? PROBLEM_LABELS[kind] : "Problems by cause"}
            openGroup={props.openGroup}
            onOpenGroup={props.onOpenGroup}
            from={props.from}
            marks={props.changes?.byId}
          />
        )
      ) : null}
    </Stack>
  );
}

function GroupList({
  groups,
  problems,
  label,
  openGroup,
  onOpenGroup,
  from,
  marks,
}: {
  groups: AttentionGroup[];
  problems: number;
  label: string;
  openGroup: string | undefined;
  onOpenGroup: (id: string | undefined) => void;
  from: string;
  marks: ChangeMarks;
}) {
  const openIndex = openGroup ? groups.findIndex((g) => g.id === openGroup) : -1;
  // A shared link to a group further down still shows it.
  const [shown, setShown] = useState(() =>
    Math.max(GROUP_WINDOW, Math.ceil((openIndex + 1) / GROUP_WINDOW) * GROUP_WINDOW),
  );
  const visible = groups.slice(0, shown);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} id="attention-groups">
        {plural(problems, "workspace")} in {plural(groups.length, "group")} by cause
        {groups.length > visible.length ? `; the first ${visible.length} shown` : ""}.
      </Typography>
      <Stack component="ol" aria-label={label} spacing={1.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {visible.map((g) => (
          <GroupCard
            key={g.id}
            group={g}
            open={g.id === openGroup}
            onToggle={(open) => onOpenGroup(open ? g.id : undefined)}
            from={from}
            marks={marks}
          />
        ))}
      </Stack>
      {groups.length > visible.length ? (
        <Button
          variant="outlined"
          sx={{ mt: 1.5 }}
          onClick={() => setShown((n) => n + GROUP_WINDOW)}
        >
          Show {Math.min(GROUP_WINDOW, groups.length - visible.length)} more groups (of{" "}
          {groups.length - visible.length} left)
        </Button>
      ) : null}
    </Box>
  );
}

function GroupCard({
  group,
  open,
  onToggle,
  from,
  marks,
}: {
  group: AttentionGroup;
  open: boolean;
  onToggle: (open: boolean) => void;
  from: string;
  marks: ChangeMarks;
}) {
  const sev = SEVERITY[group.severity];
  const n = group.members.length;
  const fresh = marks?.size
    ? group.members.filter((m) => m.workspace.id !== undefined && marks.has(m.workspace.id)).length
    : 0;
  const single = n === 1 ? group.members[0] : undefined;
  const regionId = `group-${group.id}`;
  return (
    <Paper component="li" sx={{ p: 2, overflowWrap: "anywhere" }} data-group={group.id}>
      <Box sx={{ display: "flex", gap: 1 }}>
        <sev.Icon aria-hidden sx={{ color: sev.color, fontSize: 22, mt: "2px", flexShrink: 0 }} />
        <Box sx={{ minWidth: 0, flexGrow: 1 }}>
          <Typography variant="h2" sx={{ fontSize: "1.05rem" }}>
            <bdi>{group.cause}</bdi>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {PROBLEM_LABELS[group.kind]} ({sev.label}) · {group.template} ·{" "}
            <Box component="strong" sx={{ color: "text.primary" }}>
              {plural(n, "workspace")}
            </Box>
            {fresh > 0 ? ` · ${fresh.toLocaleString("en")} changed since your last visit` : ""}
          </Typography>
        </Box>
      </Box>
      {single ? (
        <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, mt: 1 }}>
          <MemberItem member={single} from={from} marks={marks} />
        </Box>
      ) : (
        <>
          <Button
            size="small"
            variant="outlined"
            color="inherit"
            aria-expanded={open}
            aria-controls={open ? regionId : undefined}
            onClick={() => onToggle(!open)}
            sx={{ mt: 1, textTransform: "none", borderColor: "divider" }}
          >
            {open ? "Hide the workspaces" : `Show the ${plural(n, "workspace")}`}
          </Button>
          {open ? <GroupMembers id={regionId} group={group} from={from} marks={marks} /> : null}
        </>
      )}
    </Paper>
  );
}

function GroupMembers({
  id,
  group,
  from,
  marks,
}: {
  id: string;
  group: AttentionGroup;
  from: string;
  marks: ChangeMarks;
}) {
  const [page, setPage] = useState(0);
  const total = group.members.length;
  const pages = Math.ceil(total / MEMBER_PAGE);
  const current = Math.min(page, pages - 1);
  const first = current * MEMBER_PAGE;
  const ordered = useMemo(() => membersInOrder(group), [group]);
  const members = ordered.slice(first, first + MEMBER_PAGE);
  const range = `${(first + 1).toLocaleString("en")}–${(first + members.length).toLocaleString("en")} of ${total.toLocaleString("en")}`;
  return (
    <Box id={id} sx={{ mt: 1 }}>
      <Box
        component="ol"
        aria-label={`Workspaces: ${group.cause}`}
        sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}
      >
        {members.map((m) => (
          <MemberItem
            key={m.workspace.id ?? m.workspace.name}
            member={m}
            from={from}
            marks={marks}
          />
        ))}
      </Box>
      {pages > 1 ? (
        <Stack
          component="nav"
          aria-label={`Pages of ${group.cause}`}
          direction="row"
          sx={{ alignItems: "center", gap: 1, mt: 1, flexWrap: "wrap" }}
        >
          <Button size="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </Button>
          <Typography variant="body2" aria-live="polite">
            {range}
          </Typography>
          <Button size="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </Button>
        </Stack>
      ) : null}
    </Box>
  );
}

function MemberItem({
  member,
  from,
  marks,
}: {
  member: GroupMember;
  from: string;
  marks: ChangeMarks;
}) {
  const w = member.workspace;
  const change = w.id === undefined ? undefined : marks?.get(w.id);
  const problem = member.problem;
  const name = w.name || "(unnamed)";
  const status = workspaceStatus(w.latest_build?.status);
  const linkable = w.id !== undefined;
  return (
    <Box
      component="li"
      sx={{ borderTop: 1, borderColor: "divider", pt: 1 }}
      data-workspace={w.id ?? name}
    >
      <Stack
        direction="row"
        sx={{ alignItems: "baseline", flexWrap: "wrap", columnGap: 1.5, rowGap: 0.5 }}
      >
        <Typography variant="h3" sx={{ fontSize: "1rem", fontWeight: 600 }}>
          {linkable ? (
            <Link component={RouterLink} to={detailHref(w, undefined)} state={{ from }}>
              <bdi>{name}</bdi>
            </Link>
          ) : (
            <bdi>{name}</bdi>
          )}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          <bdi>{w.owner_name || "unknown owner"}</bdi>
        </Typography>
        <Stack direction="row" sx={{ alignItems: "center", gap: 0.75 }}>
          <StatusBadge status={status} />
          <Typography variant="body2" color="text.secondary">
            {timeInStateWords(member.time)}
          </Typography>
        </Stack>
        {change ? <ChangeMarker kinds={change} /> : null}
      </Stack>
      <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.5 }}>
        {linkable ? (
          <Link component={RouterLink} to={detailHref(w, problem.anchor)} state={{ from }}>
            {problem.title}
          </Link>
        ) : (
          problem.title
        )}
      </Typography>
      {problem.details.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {problem.details.map((d, i) => (
            // Details of one problem have no ids of their own; their order is stable.
            <Typography
              component="li"
              variant="body2"
              key={`${i}-${d.text}`}
              // 24 px lines keep stacked links apart enough to tap (WCAG 2.5.8).
              sx={{ lineHeight: "24px" }}
            >
              {linkable && d.anchor && d.anchor !== problem.anchor ? (
                <Link component={RouterLink} to={detailHref(w, d.anchor)} state={{ from }}>
                  {d.text}
                </Link>
              ) : (
                d.text
              )}
            </Typography>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

function KindLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <li>
      <Button
        component={RouterLink}
        to={href}
        size="small"
        variant={current ? "contained" : "outlined"}
        color={current ? "primary" : "inherit"}
        aria-current={current ? "page" : undefined}
        sx={{ textTransform: "none", gap: 0.75, borderColor: "divider" }}
      >
        {children}
      </Button>
    </li>
  );
}

function ThresholdsForm({
  thresholds,
  onApply,
}: {
  thresholds: Thresholds;
  onApply: (t: Partial<Thresholds>) => void;
}) {
  const key = STUCK_STATES.map((s) => thresholds[s]).join(",");
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Partial<Thresholds> = {};
    for (const state of STUCK_STATES) {
      const raw = data.get(state);
      const ms = parseDuration(typeof raw === "string" ? raw : "");
      if (ms !== undefined) next[state] = ms;
    }
    onApply(next);
  };
  return (
    <Paper component="details" sx={{ p: 1.5 }}>
      <Box component="summary" sx={{ cursor: "pointer", fontWeight: 600 }}>
        Stuck after:{" "}
        {STUCK_STATES.map(
          (s) => `${workspaceStatus(s).label.toLowerCase()} ${printDuration(thresholds[s])}`,
        ).join(", ")}
      </Box>
      <Box
        component="form"
        key={key}
        onSubmit={submit}
        aria-label="Stuck thresholds"
        sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, mt: 1.5, alignItems: "flex-start" }}
      >
        {STUCK_STATES.map((state) => (
          <TextInput
            key={state}
            label={workspaceStatus(state).label}
            name={state}
            defaultValue={printDuration(thresholds[state])}
            placeholder={printDuration(DEFAULT_THRESHOLDS[state])}
            sx={{ width: 120 }}
            inputProps={{ pattern: "\\s*\\d+(\\.\\d+)?\\s*[smhdSMHD]?\\s*" }}
          />
        ))}
        <Button type="submit" variant="outlined">
          Apply
        </Button>
        <Typography variant="caption" color="text.secondary" sx={{ flexBasis: "100%" }}>
          Durations such as 90s, 10m, 2h or 1d. They are part of this page's address, so a shared
          link keeps them.
        </Typography>
      </Box>
    </Paper>
  );
}
