// What is broken right now, and since when: problems per workspace, read only from the list entries
// (latest build, job, agents, apps), most severe first. Pure, so the attention view, the overview,
// the rollups and the export all agree.
import type { Workspace, WorkspaceAgent } from "../coderd/schemas";
import { unhealthyAgents, workspaceAgents } from "./health";
import {
  formatMs,
  latencyRangeWords,
  POOR_LATENCY,
  sortedLatency,
  type LatencyRange,
} from "./latency";
import { workspaceStatus } from "./status";
import { formatDuration, parseTime } from "./time";
import {
  failureLine,
  firstErrorLine,
  isStuckState,
  timeInState,
  DEFAULT_THRESHOLDS,
  type Thresholds,
  type TimeInState,
} from "./timeInState";

const MINUTE = 60_000;
// ---------------------------------------------------------------------------------------------
// Problems.

export const PROBLEM_KINDS = [
  "failed",
  "stuck",
  "unhealthy",
  "apps",
  "dormant",
  "outdated",
  "latency",
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const PROBLEM_LABELS: Record<ProblemKind, string> = {
  failed: "Build failed",
  stuck: "Stuck",
  unhealthy: "Unhealthy",
  apps: "App health check failing",
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
  /**
   * What the problem comes from, the same words for every workspace it hits (a failed job's first
   * error line, the stuck stage, the agents' reasons): problems of one kind, template and cause
   * fold into one group in the attention view.
   */
  cause: string;
}

/** First non-empty line of a job error, ANSI and control characters removed. */
const agentName = (a: WorkspaceAgent) => a.name || "(unnamed agent)";
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
    cause: `${what} failed: ${failureLine(w)}`,
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
  const noProvisioner =
    matched !== undefined &&
    matched.available === 0 &&
    (t.status === "pending" || job?.status === "pending");
  if (noProvisioner) {
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
    cause: `${label}${isStuckState(t.status) ? ` past ${formatDuration(thresholds[t.status])}` : ""}${noProvisioner ? "; no provisioner available" : ""}`,
  };
}

/** Exactly the workspaces the list marks Unhealthy, with the reasons its marker gives. */
function unhealthyProblem(w: Workspace): Problem | undefined {
  const failing = unhealthyAgents(w);
  if (failing.length === 0) return undefined;
  return {
    kind: "unhealthy",
    severity: "high",
    title: `Unhealthy: ${failing.length} agent${failing.length === 1 ? "" : "s"} failing`,
    details: failing.map(({ agent, reason }) => ({
      text: agent.name ? `Agent ${agent.name}: ${reason}` : sentenceCase(reason),
      anchor: anchorFor("agent", agent.id),
    })),
    anchor: anchorFor("agent", failing[0]?.agent.id),
    weight: failing.length,
    cause: sentenceCase([...new Set(failing.map((f) => f.reason))].sort().join("; ")),
  };
}

const sentenceCase = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/** Apps whose own health check fails: broader than Unhealthy, so named apart from it. */
function appsProblem(w: Workspace): Problem | undefined {
  const details: ProblemDetail[] = [];
  const names = new Set<string>();
  for (const agent of workspaceAgents(w)) {
    for (const app of agent.apps ?? []) {
      if (app.health !== "unhealthy") continue;
      names.add(app.display_name || app.slug || "(unnamed app)");
      details.push({
        text: `App ${app.display_name || app.slug || "(unnamed app)"} on ${agentName(agent)}: health check failing`,
        anchor: anchorFor("app", app.id) ?? anchorFor("agent", agent.id),
      });
    }
  }
  if (details.length === 0) return undefined;
  return {
    kind: "apps",
    severity: "medium",
    title: `${details.length} app${details.length === 1 ? "" : "s"} failing ${details.length === 1 ? "its" : "their"} health check`,
    details,
    anchor: details[0]?.anchor,
    weight: details.length,
    cause: `Health check failing: ${[...names].sort().join(", ")}`,
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
    cause: !deleting
      ? "Dormant; no deletion scheduled"
      : inMs !== undefined && inMs <= 0
        ? "Dormant; deletion overdue"
        : inMs !== undefined && inMs < 7 * 24 * 60 * MINUTE
          ? "Dormant; deleted within 7 days"
          : "Dormant; deletion scheduled",
  };
}

function latencyProblem(w: Workspace, range: LatencyRange): Problem | undefined {
  const details: ProblemDetail[] = [];
  let worst = 0;
  for (const agent of workspaceAgents(w)) {
    const regions = sortedLatency(agent.latency);
    if (regions.length === 0) continue;
    const preferred = regions.find((r) => r.preferred);
    // The preferred region is the one in use; without one, the best any region offers.
    const used = preferred ?? regions[0];
    if (!used || used.ms < range.min || used.ms >= range.max) continue;
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
    title: `${range.min >= POOR_LATENCY.min ? "Poor connection" : "Latency"}: ${formatMs(worst)}`,
    details,
    anchor: details[0]?.anchor,
    weight: worst,
    cause: `Latency ${latencyRangeWords(range)}`,
  };
}

/** Every problem of one workspace, most severe first. */
export function problemsOf(
  w: Workspace,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  latency: LatencyRange = POOR_LATENCY,
): Problem[] {
  const t = timeInState(w, now, thresholds);
  const out: Problem[] = [];
  if (t.status === "failed") out.push(failedProblem(w, t));
  if (t.stuck) out.push(stuckProblem(w, t, thresholds));
  const unhealthy = unhealthyProblem(w);
  if (unhealthy) out.push(unhealthy);
  if (t.status === "running") {
    const p = appsProblem(w);
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
      cause: `Must update; built from ${w.latest_build?.template_version_name || "an older version"}`,
    });
  }
  if (t.status === "running") {
    const p = latencyProblem(w, latency);
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
