// Time in state and agent health, read from the list entries: what the list's rows and its severity
// sort need on first load (the problems themselves live in triage.ts, loaded with the views that
// name them).
import type { Workspace } from "../coderd/schemas";
import { unhealthyAgents } from "./health.js";
import { toPlainText } from "./terminalText.js";
import { formatDuration, parseTime } from "./time.js";
const MINUTE = 60_000;

// ---------------------------------------------------------------------------------------------
// Thresholds: how long an in-progress state may last before it counts as stuck.

export const STUCK_STATES = ["pending", "starting", "stopping", "deleting", "canceling"] as const;
export type StuckState = (typeof STUCK_STATES)[number];
export type Thresholds = Record<StuckState, number>;

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({
  pending: 10 * MINUTE,
  canceling: 10 * MINUTE,
  starting: 30 * MINUTE,
  stopping: 30 * MINUTE,
  deleting: 30 * MINUTE,
});

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
  let changed = false;
  for (const state of STUCK_STATES) {
    const ms = parseDuration(params.get(paramName(state)));
    if (ms !== undefined && ms !== out[state]) {
      out[state] = ms;
      changed = true;
    }
  }
  // The same object while the URL sets none, so rows that take it don't re-render on each filter.
  return changed ? out : DEFAULT_THRESHOLDS;
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

export const isStuckState = (s: string): s is StuckState =>
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

/**
 * How long it has been in its state, as every view and the export write it: "9 h", or "" when the
 * timestamps don't say. The one formatter, so a file never reads "36 s" where the list said 35.
 */
export function stateDuration(t: TimeInState): string {
  return t.since ? formatDuration(t.ms) : "";
}

/** "for 9 h", or "—" without timestamps. */
export function timeInStateWords(t: TimeInState): string {
  return t.since ? `for ${stateDuration(t)}` : "—";
}

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
      return unhealthyAgents(w).length > 0 ? 3 : 4;
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
