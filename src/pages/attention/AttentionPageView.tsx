import ArrowBack from "@mui/icons-material/ArrowBack";
import ErrorOutline from "@mui/icons-material/ErrorOutlineOutlined";
import InfoOutlined from "@mui/icons-material/InfoOutlined";
import WarningAmber from "@mui/icons-material/WarningAmber";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useMemo, type ReactNode, type SyntheticEvent } from "react";
import { Link as RouterLink } from "react-router";
import type { Workspace } from "../../coderd/schemas";
import { ErrorState } from "../../components/ErrorState";
import { FleetProgress, type LoadProgress } from "../../components/FleetProgress";
import { ProgressBar } from "../../components/ProgressBar";
import { StatusBadge } from "../../components/StatusBadge";
import { TextInput } from "../../components/TextInput";
import { FreshnessLine, FreshnessWarning } from "../../components/Freshness";
import type { Freshness } from "../../api/polling";
import { useNow } from "../../components/useNow";
import { workspaceStatus } from "../../domain/status";
import {
  PROBLEM_KINDS,
  PROBLEM_LABELS,
  problemCounts,
  triage,
  type Problem,
  type ProblemKind,
  type Severity,
  type TriageEntry,
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
  /** This page's search ("?…"), to build the kind links. */
  search: string;
  /** This page's path and search, handed to the detail links for their back link. */
  from: string;
  onThresholds: (t: Partial<Thresholds>) => void;
  /** How old the fleet on screen is, and why, as on the list. */
  freshness: Freshness;
}

const SEVERITY: Record<Severity, { label: string; Icon: typeof ErrorOutline; color: string }> = {
  critical: { label: "Critical", Icon: ErrorOutline, color: "error.main" },
  high: { label: "High", Icon: WarningAmber, color: "warning.main" },
  medium: { label: "Medium", Icon: InfoOutlined, color: "info.main" },
  low: { label: "Low", Icon: InfoOutlined, color: "text.secondary" },
};

function kindHref(search: string, kind: ProblemKind | undefined): string {
  const params = new URLSearchParams(search);
  if (kind) params.set("kind", kind);
  else params.delete("kind");
  const qs = params.toString();
  return qs ? `?${qs}` : "?";
}

function detailHref(w: Workspace, anchor: string | undefined): string {
  const base = `/workspaces/${encodeURIComponent(w.id ?? "")}`;
  return anchor ? `${base}#${encodeURIComponent(anchor)}` : base;
}

/** Every workspace with a problem, most severe first, each problem linking to where it shows. */
export function AttentionPageView(props: AttentionPageViewProps) {
  const { workspaces, kind, thresholds, search } = props;
  const now = useNow();
  // Minute resolution: "stuck" and durations read in minutes; recomputing each tick is wasted work.
  const minute = Math.floor(now / 60_000) * 60_000;
  const counts = useMemo(
    () => (workspaces ? problemCounts(workspaces, minute, thresholds) : undefined),
    [workspaces, minute, thresholds],
  );
  const entries = useMemo(
    () => (workspaces ? triage(workspaces, minute, thresholds, kind) : undefined),
    [workspaces, minute, thresholds, kind],
  );
  const all = useMemo(
    () => (workspaces && kind ? triage(workspaces, minute, thresholds).length : entries?.length),
    [workspaces, minute, thresholds, kind, entries],
  );

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
        Every workspace in the fleet with a problem, most severe first: failed builds, stuck jobs,
        unhealthy agents and apps, dormant workspaces by deletion date, required updates and poor
        connections.
      </Typography>

      <ThresholdsForm thresholds={thresholds} onApply={props.onThresholds} />

      <FreshnessWarning freshness={props.freshness} what="workspaces" />
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

      {counts ? (
        <Box component="nav" aria-label="Problems by kind">
          <Stack
            component="ul"
            direction="row"
            sx={{ flexWrap: "wrap", gap: 1, listStyle: "none", p: 0, m: 0 }}
          >
            <KindLink href={kindHref(search, undefined)} current={!kind}>
              All problems <strong>{all ?? 0}</strong>
            </KindLink>
            {PROBLEM_KINDS.map((k) => (
              <KindLink key={k} href={kindHref(search, k)} current={kind === k}>
                {PROBLEM_LABELS[k]} <strong>{counts[k]}</strong>
              </KindLink>
            ))}
          </Stack>
        </Box>
      ) : null}

      {!entries && !props.error ? <ProgressBar label="Loading workspaces" /> : null}

      {entries ? (
        entries.length === 0 ? (
          <Paper sx={{ p: 3, textAlign: "center" }}>
            <Typography variant="h3" component="p">
              {kind
                ? `No workspace is ${PROBLEM_LABELS[kind].toLowerCase()}`
                : "Nothing needs attention"}
            </Typography>
          </Paper>
        ) : (
          <Stack
            component="ol"
            aria-label={kind ? PROBLEM_LABELS[kind] : "Workspaces that need attention"}
            spacing={1.5}
            sx={{ listStyle: "none", p: 0, m: 0 }}
          >
            {entries.map((e) => (
              <AttentionEntry
                key={e.workspace.id ?? e.workspace.name}
                entry={e}
                from={props.from}
              />
            ))}
          </Stack>
        )
      ) : null}
    </Stack>
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

function AttentionEntry({ entry, from }: { entry: TriageEntry; from: string }) {
  const w = entry.workspace;
  const name = w.name || "(unnamed)";
  const status = workspaceStatus(w.latest_build?.status);
  return (
    <Paper component="li" sx={{ p: 2, overflowWrap: "anywhere" }}>
      <Stack
        direction="row"
        sx={{ alignItems: "baseline", flexWrap: "wrap", columnGap: 1.5, rowGap: 0.5 }}
      >
        <Typography variant="h2" sx={{ fontSize: "1.05rem" }}>
          {w.id ? (
            <Link component={RouterLink} to={detailHref(w, undefined)} state={{ from }}>
              <bdi>{name}</bdi>
            </Link>
          ) : (
            <bdi>{name}</bdi>
          )}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          <bdi>{w.owner_name || "unknown owner"}</bdi> ·{" "}
          <bdi>{w.template_display_name || w.template_name || "unknown template"}</bdi>
        </Typography>
        <Stack direction="row" sx={{ alignItems: "center", gap: 0.75 }}>
          <StatusBadge status={status} />
          <Typography variant="body2" color="text.secondary">
            {timeInStateWords(entry.time)}
          </Typography>
        </Stack>
      </Stack>
      <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0, mt: 1 }}>
        {entry.problems.map((p) => (
          <ProblemItem key={p.kind} problem={p} w={w} from={from} />
        ))}
      </Stack>
    </Paper>
  );
}

function ProblemItem({ problem, w, from }: { problem: Problem; w: Workspace; from: string }) {
  const sev = SEVERITY[problem.severity];
  const linkable = w.id !== undefined;
  return (
    <Box component="li" sx={{ display: "flex", gap: 1 }}>
      <sev.Icon aria-hidden sx={{ color: sev.color, fontSize: 20, mt: "2px", flexShrink: 0 }} />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          <span>
            {PROBLEM_LABELS[problem.kind]} ({sev.label}):{" "}
          </span>
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
    </Box>
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
