// What is broken right now, and since when: problems per workspace, read only from the list entries
// (latest build, job, agents, apps), most severe first. Pure, so the attention view, the list, the
// rollups and the export all agree.
import type { Workspace, WorkspaceAgent, WorkspaceApp } from "../api/types";
import { formatMs, sortedLatency } from "./latency";
import { workspaceStatus } from "./status";
import { toPlainText } from "./terminalText";
import { formatDuration, parseTime } from "./time";

const MINUTE = 60_000;

// ---------------------------------------------------------------------------------------------
// Thresholds: how long an in-progress state may last before it counts as stuck.

export const STUCK_STATES = ["pending", "starting", "stopping", "deleting", "canceling"] as const;
export type StuckState = (typeof STUCK_STATES)[number];
export type Thresholds = Record<StuckState, number>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  pending: 10 * MINUTE,
  canceling: 10 * MINUTE,
  starting: 30 * MINUTE,
  stopping: 30 * MINUTE,
  deleting: 30 * MINUTE,
};

const UNITS: Record<string, number> = { s: 1000, m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE };

/** "90s", "10m", "2h", "1d", or a bare number of minutes; anything else is undefined. */
export function parseDuration(value: string | null | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(value ?? "");
  if (!m?.[1]) return undefined;
  const ms = Number(m[1]) * (UNITS[(m[2] || "m").toLowerCase()] ?? MINUTE);
  return ms > 0 && Number.isFinite(ms) ? ms : undefined;
}

/** The shortest exact spelling: 600000 -> "10m", 5400000 -> "90m", 7200000 -> "2h". */
export function printDuration(ms: number): string {
  for (const [unit, size] of [
    ["d", UNITS.d],
    ["h", UNITS.h],
    ["m", UNITS.m],
  ] as const) {
    if (size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}

const paramName = (state: StuckState) => `stuck_${state}`;

/** Thresholds from `?stuck_pending=5m&stuck_starting=1h`; missing or bad values keep the default. */
export function thresholdsFromSearchParams(params: URLSearchParams): Thresholds {
  const out = { ...DEFAULT_THRESHOLDS };
  for (const state of STUCK_STATES) {
    const ms = parseDuration(params.get(paramName(state)));
    if (ms !== undefined) out[state] = ms;
  }
  return out;
}

/** Writes only the thresholds that differ from the defaults, so default links stay short. */
export function writeThresholds(params: URLSearchParams, t: Partial<Thresholds>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const state of STUCK_STATES) {
    const ms = t[state];
    if (ms === undefined) continue;
    if (ms === DEFAULT_THRESHOLDS[state]) next.delete(paramName(state));
    else next.set(paramName(state), printDuration(ms));
  }
  return next;
}

export const thresholdParam = paramName;

// ---------------------------------------------------------------------------------------------
// Time in state.

export interface TimeInState {
  status: string;
  /** When the workspace entered its current state, if the timestamps say. */
  since: Date | undefined;
  /** ms in that state at `now` (0 when unknown). */
  ms: number;
  /** An in-progress state past its threshold. */
  stuck: boolean;
  inProgress: boolean;
}

const isStuckState = (s: string): s is StuckState =>
  (STUCK_STATES as readonly string[]).includes(s);

/**
 * Since when the workspace has been in its latest build's state: a queued job since it was created,
 * a running job since it started, a cancel since it was asked for, a finished one since it finished
 * (a job whose worker vanished has no completed_at: its build's last update stands in).
 */
export function stateSince(w: Workspace): Date | undefined {
  const build = w.latest_build;
  const job = build?.job;
  const created = parseTime(job?.created_at) ?? parseTime(build?.created_at);
  switch (build?.status) {
    case "pending":
      return created;
    case "starting":
    case "stopping":
    case "deleting":
      return parseTime(job?.started_at) ?? created;
    case "canceling":
      return parseTime(job?.canceled_at) ?? parseTime(job?.started_at) ?? created;
    default:
      return (
        parseTime(job?.completed_at) ??
        parseTime(job?.canceled_at) ??
        parseTime(build?.updated_at) ??
        created
      );
  }
}

export function timeInState(
  w: Workspace,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): TimeInState {
  const status = w.latest_build?.status ?? "";
  const since = stateSince(w);
  const ms = since ? Math.max(0, now - since.getTime()) : 0;
  const inProgress = isStuckState(status);
  const stuck = inProgress && since !== undefined && ms >= thresholds[status];
  return { status, since, ms, stuck, inProgress };
}

/** "for 9 h", or "—" without timestamps. */
export function timeInStateWords(t: TimeInState): string {
  return t.since ? `for ${formatDuration(t.ms)}` : "—";
}

// ---------------------------------------------------------------------------------------------
// Problems.

export const PROBLEM_KINDS = [
  "failed",
  "stuck",
  "unhealthy",
  "dormant",
  "outdated",
  "latency",
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const PROBLEM_LABELS: Record<ProblemKind, string> = {
  failed: "Build failed",
  stuck: "Stuck",
  unhealthy: "Running but unhealthy",
  dormant: "Dormant",
  outdated: "Must update",
  latency: "Poor connection",
};

export type Severity = "critical" | "high" | "medium" | "low";

export interface ProblemDetail {
  /** One line in words, e.g. "Agent main: agent has lost connection". */
  text: string;
  /** Detail page anchor without '#': "build", "agent-<id>", "app-<id>"; undefined = the page top. */
  anchor: string | undefined;
}

export interface Problem {
  kind: ProblemKind;
  severity: Severity;
  /** The headline in words, e.g. "Canceling for 9 h (stuck)". */
  title: string;
  details: ProblemDetail[];
  /** Headline link target on the detail page, like details' anchors. */
  anchor: string | undefined;
  /** Orders problems of one kind: larger is worse (longer stuck, sooner deleted). */
  weight: number;
}

/** First non-empty line of a job error, ANSI and control characters removed. */
export function firstErrorLine(error: string | undefined): string {
  if (!error) return "";
  const line = toPlainText(error)
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line ?? "";
}

/** The failure line a failed row shows: the job error's first line, and its error code. */
export function failureLine(w: Workspace): string {
  if (w.latest_build?.status !== "failed") return "";
  const job = w.latest_build.job;
  const line = firstErrorLine(job?.error);
  const code = job?.error_code ? `[${job.error_code}]` : "";
  return [code, line].filter(Boolean).join(" ") || "No error message";
}

const AGENT_REASONS: Record<string, string> = {
  off: "agent is not running",
  connecting: "agent has not yet connected",
  timeout: "agent is taking too long to connect",
  disconnected: "agent has lost connection",
  start_error: "agent startup script exited with an error",
  shutting_down: "agent is shutting down",
};

/**
 * The agent's health as coderd computes it (first rule that matches); today's servers send it, old
 * ones don't, so the same rules derive it from status and lifecycle.
 */
export function agentHealth(agent: Pick<WorkspaceAgent, "health" | "status" | "lifecycle_state">): {
  healthy: boolean;
  reason: string;
} {
  if (agent.health?.healthy !== undefined) {
    return {
      healthy: agent.health.healthy,
      reason: agent.health.healthy ? "" : agent.health.reason || "agent is unhealthy",
    };
  }
  const status = agent.status ?? "";
  const lifecycle = agent.lifecycle_state ?? "";
  if (status !== "connected" && lifecycle === "off") return unhealthy("off");
  if (status === "timeout" || status === "disconnected") return unhealthy(status);
  if (lifecycle === "start_error" || lifecycle === "shutting_down") return unhealthy(lifecycle);
  return { healthy: true, reason: "" };
}
const unhealthy = (key: string) => ({ healthy: false, reason: AGENT_REASONS[key] ?? key });

type ListAgent = Pick<
  WorkspaceAgent,
  "id" | "name" | "health" | "status" | "lifecycle_state" | "latency"
> & {
  apps?: Pick<WorkspaceApp, "id" | "slug" | "display_name" | "health" | "hidden">[];
};

export function agentsOf(w: Workspace): ListAgent[] {
  return (w.latest_build?.resources ?? []).flatMap((r) => r.agents ?? []);
}

const agentName = (a: ListAgent) => a.name || "(unnamed agent)";
const anchorFor = (kind: "agent" | "app", id: string | undefined) =>
  id ? `${kind}-${id}` : undefined;

function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0] ?? "th"}`;
}

function failedProblem(w: Workspace, t: TimeInState): Problem {
  const job = w.latest_build?.job;
  const line = firstErrorLine(job?.error);
  const transition = w.latest_build?.transition;
  const what = transition ? `${transition[0]?.toUpperCase() ?? ""}${transition.slice(1)}` : "Build";
  const details: ProblemDetail[] = [{ text: line || "No error message", anchor: "build" }];
  if (job?.error_code) details.push({ text: `Error code ${job.error_code}`, anchor: "build" });
  return {
    kind: "failed",
    severity: "critical",
    title: `${what} failed${t.since ? ` ${formatDuration(t.ms)} ago` : ""}`,
    details,
    anchor: "build",
    weight: t.ms,
  };
}

function stuckProblem(w: Workspace, t: TimeInState, thresholds: Thresholds): Problem {
  const build = w.latest_build;
  const job = build?.job;
  const label = workspaceStatus(t.status).label;
  const details: ProblemDetail[] = [];
  if (isStuckState(t.status)) {
    details.push({
      text: `Threshold ${formatDuration(thresholds[t.status])}`,
      anchor: "build",
    });
  }
  if (job?.queue_size !== undefined && job.queue_size > 0 && job.queue_position !== undefined) {
    details.push({
      text: `${ordinal(job.queue_position)} in a queue of ${job.queue_size}`,
      anchor: "build",
    });
  }
  const matched = build?.matched_provisioners;
  if (matched && matched.available === 0 && (t.status === "pending" || job?.status === "pending")) {
    details.push({
      text:
        matched.count === 0 || matched.count === undefined
          ? "No provisioner available: none matches this job's tags"
          : `No provisioner available: ${matched.count} match, none is online`,
      anchor: "build",
    });
  }
  return {
    kind: "stuck",
    severity: "high",
    title: `${label} for ${formatDuration(t.ms)}`,
    details,
    anchor: "build",
    weight: t.ms,
  };
}

function unhealthyProblem(w: Workspace): Problem | undefined {
  const failing = new Set(w.health?.failing_agents ?? []);
  const details: ProblemDetail[] = [];
  let agentsDown = 0;
  let appsDown = 0;
  for (const agent of agentsOf(w)) {
    const h = agentHealth(agent);
    if (!h.healthy || (agent.id !== undefined && failing.has(agent.id))) {
      agentsDown += 1;
      details.push({
        text: `Agent ${agentName(agent)}: ${h.reason || "agent is unhealthy"}`,
        anchor: anchorFor("agent", agent.id),
      });
    }
    for (const app of agent.apps ?? []) {
      if (app.health !== "unhealthy") continue;
      appsDown += 1;
      details.push({
        text: `App ${app.display_name || app.slug || "(unnamed app)"} on ${agentName(agent)}: unhealthy`,
        anchor: anchorFor("app", app.id) ?? anchorFor("agent", agent.id),
      });
    }
  }
  if (agentsDown === 0 && appsDown === 0) {
    if (w.health?.healthy !== false) return undefined;
    details.push({ text: "coderd reports an unhealthy agent", anchor: undefined });
  }
  const parts = [
    agentsDown ? `${agentsDown} unhealthy agent${agentsDown === 1 ? "" : "s"}` : "",
    appsDown ? `${appsDown} unhealthy app${appsDown === 1 ? "" : "s"}` : "",
  ].filter(Boolean);
  return {
    kind: "unhealthy",
    severity: "high",
    title: `Running with ${parts.join(" and ") || "an unhealthy agent"}`,
    details,
    anchor: details[0]?.anchor,
    weight: agentsDown * 10 + appsDown,
  };
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const formatDate = (d: Date) => `${dateFormat.format(d)} UTC`;

function dormantProblem(w: Workspace, now: number): Problem | undefined {
  const dormantAt = parseTime(w.dormant_at);
  if (!dormantAt) return undefined;
  const deleting = parseTime(w.deleting_at);
  const inMs = deleting ? deleting.getTime() - now : undefined;
  return {
    kind: "dormant",
    severity: inMs !== undefined && inMs < 7 * 24 * 60 * MINUTE ? "high" : "medium",
    title: deleting
      ? inMs !== undefined && inMs <= 0
        ? `Dormant; deletion was due ${formatDate(deleting)}`
        : `Dormant; deleted on ${formatDate(deleting)} (in ${formatDuration(inMs ?? 0)})`
      : "Dormant; no deletion scheduled",
    details: [{ text: `Dormant since ${formatDate(dormantAt)}`, anchor: undefined }],
    anchor: undefined,
    // Soonest deletion first; never-deleted last.
    weight: deleting ? -deleting.getTime() : Number.NEGATIVE_INFINITY,
  };
}

function latencyProblem(w: Workspace): Problem | undefined {
  const details: ProblemDetail[] = [];
  let worst = 0;
  for (const agent of agentsOf(w)) {
    const regions = sortedLatency(agent.latency);
    if (regions.length === 0) continue;
    const preferred = regions.find((r) => r.preferred);
    // The preferred region is the one in use; without one, the best any region offers.
    const used = preferred ?? regions[0];
    if (!used || used.band !== "poor") continue;
    worst = Math.max(worst, used.ms);
    details.push({
      text: `Agent ${agentName(agent)}: ${formatMs(used.ms)} to ${used.region}${preferred ? " (preferred)" : " (fastest region)"}`,
      anchor: anchorFor("agent", agent.id),
    });
  }
  if (details.length === 0) return undefined;
  return {
    kind: "latency",
    severity: "low",
    title: `Poor connection: ${formatMs(worst)}`,
    details,
    anchor: details[0]?.anchor,
    weight: worst,
  };
}

/** Every problem of one workspace, most severe first. */
export function problemsOf(
  w: Workspace,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Problem[] {
  const t = timeInState(w, now, thresholds);
  const out: Problem[] = [];
  if (t.status === "failed") out.push(failedProblem(w, t));
  if (t.stuck) out.push(stuckProblem(w, t, thresholds));
  if (t.status === "running") {
    const p = unhealthyProblem(w);
    if (p) out.push(p);
  }
  const dormant = dormantProblem(w, now);
  if (dormant) out.push(dormant);
  if (w.outdated && w.template_require_active_version) {
    out.push({
      kind: "outdated",
      severity: "medium",
      title: "Outdated; the template requires the active version",
      details: [
        {
          text: `Built from ${w.latest_build?.template_version_name || "an older version"}; the next start updates it`,
          anchor: "build",
        },
      ],
      anchor: "build",
      weight: 0,
    });
  }
  if (t.status === "running") {
    const p = latencyProblem(w);
    if (p) out.push(p);
  }
  return out;
}

export interface TriageEntry {
  workspace: Workspace;
  problems: Problem[];
  time: TimeInState;
}

const KIND_RANK: Record<ProblemKind, number> = Object.fromEntries(
  PROBLEM_KINDS.map((k, i) => [k, i]),
) as Record<ProblemKind, number>;

/** Workspaces with at least one problem (of `kind`, if given), most severe first. */
export function triage(
  list: Workspace[],
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  kind?: ProblemKind,
): TriageEntry[] {
  const entries: TriageEntry[] = [];
  for (const workspace of list) {
    const all = problemsOf(workspace, now, thresholds);
    const problems = kind ? all.filter((p) => p.kind === kind) : all;
    if (problems.length > 0) {
      entries.push({ workspace, problems, time: timeInState(workspace, now, thresholds) });
    }
  }
  return entries.sort((a, b) => {
    const pa = a.problems[0];
    const pb = b.problems[0];
    if (!pa || !pb) return 0;
    return (
      KIND_RANK[pa.kind] - KIND_RANK[pb.kind] ||
      pb.weight - pa.weight ||
      (a.workspace.name ?? "").localeCompare(b.workspace.name ?? "")
    );
  });
}

/** Workspaces per kind of problem (a workspace with two kinds counts in both). */
export function problemCounts(
  list: Workspace[],
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Record<ProblemKind, number> {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<
    ProblemKind,
    number
  >;
  for (const w of list) {
    for (const kind of new Set(problemsOf(w, now, thresholds).map((p) => p.kind))) {
      counts[kind] += 1;
    }
  }
  return counts;
}

export function isProblemKind(value: string | null | undefined): value is ProblemKind {
  return (PROBLEM_KINDS as readonly string[]).includes(value ?? "");
}

// ---------------------------------------------------------------------------------------------
// Severity order of statuses, for the list's Status sort.

/**
 * Failed, then stuck, then in progress, then running but unhealthy, then running, then canceled,
 * stopped, deleted, and unknown values last.
 */
export function statusSeverity(w: Workspace, t: TimeInState): number {
  switch (t.status) {
    case "failed":
      return 0;
    case "running":
      return w.health?.healthy === false || agentsOf(w).some((a) => !agentHealth(a).healthy)
        ? 3
        : 4;
    case "canceled":
      return 5;
    case "stopped":
      return 6;
    case "deleted":
      return 7;
    default:
      return t.inProgress ? (t.stuck ? 1 : 2) : 8;
  }
}

export const SEVERITY_WORDS = [
  "failed",
  "stuck",
  "in progress",
  "running, unhealthy",
  "running",
  "canceled",
  "stopped",
  "deleted",
  "other",
] as const;
