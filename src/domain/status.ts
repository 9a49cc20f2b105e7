import type { Workspace, WorkspaceAgent } from "../coderd/schemas";
import { agentConnectionTimedOut } from "./health.js";
import { formatDuration } from "./time.js";

// Meaning of every enum the API sends, in the words Coder's own dashboard uses. Unknown values (newer
// servers add some, older ones sent `restarting`) map to a neutral tone and show the server's own word
// in sentence case ("Restarting"), marked as a word this dashboard does not know.

export type Tone = "success" | "warning" | "error" | "info" | "neutral";

export interface StatusInfo {
  label: string;
  tone: Tone;
  /** A build or check is under way and the data will change soon. */
  inProgress: boolean;
  known: boolean;
  /** The server's value, when it is one this dashboard does not know. */
  raw?: string;
}

/** A server's word as a label: "start_timeout" -> "Start timeout". */
export function sentenceCase(value: string): string {
  const words = value.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function table(entries: Record<string, [string, Tone, boolean?]>) {
  // One reading per known word, made once: the whole fleet is looked up at every poll.
  const known = new Map<string, Readonly<StatusInfo>>(
    Object.entries(entries).map(([word, [label, tone, inProgress]]) => [
      word,
      Object.freeze({ label, tone, inProgress: inProgress ?? false, known: true }),
    ]),
  );
  return (value: string | undefined): StatusInfo => {
    const entry = value !== undefined ? known.get(value) : undefined;
    if (entry) return entry;
    const label = value ? sentenceCase(value) : "";
    return value && label
      ? { label, tone: "neutral", inProgress: false, known: false, raw: value }
      : { label: "Unknown", tone: "neutral", inProgress: false, known: false };
  };
}

export const WORKSPACE_STATUSES = [
  "pending",
  "starting",
  "running",
  "stopping",
  "stopped",
  "failed",
  "canceling",
  "canceled",
  "deleting",
  "deleted",
] as const;

export const workspaceStatus = table({
  pending: ["Pending", "info", true],
  starting: ["Starting", "info", true],
  running: ["Running", "success"],
  stopping: ["Stopping", "info", true],
  stopped: ["Stopped", "neutral"],
  failed: ["Failed", "error"],
  canceling: ["Canceling", "warning", true],
  canceled: ["Canceled", "warning"],
  deleting: ["Deleting", "info", true],
  deleted: ["Deleted", "neutral"],
});

export const jobStatus = table({
  pending: ["Queued", "info", true],
  running: ["Running", "info", true],
  succeeded: ["Succeeded", "success"],
  failed: ["Failed", "error"],
  canceling: ["Canceling", "warning", true],
  canceled: ["Canceled", "warning"],
  // coderd's own word for a job it cannot classify: known, but says nothing.
  unknown: ["Unknown", "neutral"],
});

/** A build (or its job) is under way: the workspace will change within seconds. */
export function isWorkspaceInProgress(w: Workspace): boolean {
  const build = w.latest_build;
  return workspaceStatus(build?.status).inProgress || jobStatus(build?.job?.status).inProgress;
}

export const agentStatus = table({
  connecting: ["Connecting", "info", true],
  connected: ["Connected", "success"],
  disconnected: ["Disconnected", "warning"],
  timeout: ["Timed out", "warning"],
});

/** What the agent is doing (its startup and shutdown scripts), beside whether it is connected. */
export const agentLifecycle = table({
  created: ["Created", "neutral"],
  starting: ["Starting", "info", true],
  start_timeout: ["Start timed out", "warning"],
  start_error: ["Start error", "error"],
  ready: ["Ready", "success"],
  shutting_down: ["Shutting down", "info", true],
  shutdown_timeout: ["Shutdown timed out", "warning"],
  shutdown_error: ["Shutdown error", "error"],
  off: ["Off", "neutral"],
});

const LIFECYCLE_HELP: Record<string, string> = {
  created: "The agent exists but has not started its startup scripts yet.",
  starting: "The agent is running its startup scripts.",
  start_timeout:
    "The startup scripts took longer than their timeout. The agent may still work; check its logs.",
  start_error: "A startup script exited with an error. Check the agent's logs.",
  ready: "The startup scripts finished.",
  shutting_down: "The agent is running its shutdown scripts.",
  shutdown_timeout: "The shutdown scripts took longer than their timeout.",
  shutdown_error: "A shutdown script exited with an error.",
  off: "The agent has shut down.",
};

/** One sentence on a lifecycle state; undefined for a state this dashboard does not know. */
export function agentLifecycleHelp(state: string | undefined): string | undefined {
  return state !== undefined && Object.hasOwn(LIFECYCLE_HELP, state)
    ? LIFECYCLE_HELP[state]
    : undefined;
}

export const appHealth = table({
  disabled: ["No health check", "neutral"],
  initializing: ["Initializing", "info", true],
  healthy: ["Healthy", "success"],
  unhealthy: ["Unhealthy", "error"],
});

const TRANSITIONS: Record<string, string> = { start: "Start", stop: "Stop", delete: "Delete" };

export interface BuildReason {
  /** Who asked for the build: a user, Coder itself, or (an unknown reason) nobody we can say. */
  by: "user" | "coder" | "unknown";
  /** "A user, from the dashboard", "Coder, on the autostart schedule", or the raw value. */
  label: string;
  known: boolean;
}

const REASONS: Record<string, Omit<BuildReason, "known">> = {
  initiator: { by: "user", label: "A user, through the API" },
  dashboard: { by: "user", label: "A user, from the dashboard" },
  cli: { by: "user", label: "A user, from the CLI" },
  ssh_connection: { by: "user", label: "A user, by an SSH connection" },
  vscode_connection: { by: "user", label: "A user, by a VS Code connection" },
  jetbrains_connection: { by: "user", label: "A user, by a JetBrains connection" },
  autostart: { by: "coder", label: "Coder, on the autostart schedule" },
  autostop: { by: "coder", label: "Coder, at the autostop deadline" },
  dormancy: { by: "coder", label: "Coder, because the workspace went dormant" },
  task_auto_pause: { by: "coder", label: "Coder, pausing an idle task" },
  task_manual_pause: { by: "user", label: "A user, pausing a task" },
  task_resume: { by: "user", label: "A user, resuming a task" },
};

/** Why a build ran, in words. An unknown reason is shown as its raw text, never guessed at. */
export function buildReason(value: string | undefined): BuildReason {
  if (value && Object.hasOwn(REASONS, value)) {
    const entry = REASONS[value];
    if (entry) return { ...entry, known: true };
  }
  return { by: "unknown", label: value || "Not reported", known: false };
}

export interface JobErrorCode {
  label: string;
  /** What to do about it, when known. */
  help?: string;
  known: boolean;
}

const ERROR_CODES: Record<string, Omit<JobErrorCode, "known">> = {
  REQUIRED_TEMPLATE_VARIABLES: {
    label: "The template needs variables that are not set",
    help: "A template administrator must set them before this workspace can build.",
  },
  INSUFFICIENT_QUOTA: {
    label: "Not enough quota",
    help: "This build would use more credits than the owner's quota allows. Stop or delete other workspaces, or ask for a larger quota.",
  },
};

/** A failed job's `error_code` in words; an unknown code stays its own text. */
export function jobErrorCode(code: string): JobErrorCode {
  const entry = Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code] : undefined;
  return entry ? { ...entry, known: true } : { label: `Error code ${code}`, known: false };
}

const SHARING: Record<string, string> = {
  owner: "Owner only",
  authenticated: "Any signed-in user",
  organization: "Members of the organization",
  public: "Public",
};

const OPEN_IN: Record<string, string> = {
  "slim-window": "Opens in a slim window",
  tab: "Opens in a browser tab",
};

const AUTOMATIC_UPDATES: Record<string, string> = {
  always: "On: each start uses the template's active version",
  never: "Off: starts keep the current template version",
};

function lookup(map: Record<string, string>, value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  return Object.hasOwn(map, value) ? (map[value] ?? value) : value;
}

export const transitionLabel = (v: string | undefined) =>
  v && !Object.hasOwn(TRANSITIONS, v) ? sentenceCase(v) : lookup(TRANSITIONS, v, "Unknown");
/**
 * The reason after a transition word, as the list shows it: "Start" + "by a user, from the CLI".
 * An unknown reason reads "(reason: x)" so it never looks like part of the transition.
 */
export const reasonLabel = (v: string | undefined): string => {
  if (!v) return "";
  const reason = buildReason(v);
  if (!reason.known) return `(reason: ${v})`;
  const label =
    reason.by === "coder"
      ? reason.label
      : reason.label.charAt(0).toLowerCase() + reason.label.slice(1);
  return `by ${label}`;
};
export const sharingLabel = (v: string | undefined) => lookup(SHARING, v, "Unknown");
export const openInLabel = (v: string | undefined) => lookup(OPEN_IN, v, "");
export const automaticUpdatesLabel = (v: string | undefined) =>
  lookup(AUTOMATIC_UPDATES, v, "Not reported");

/**
 * What an agent's connection means for someone wondering why they can't connect. A never-connected
 * agent is judged by the clock too: a server's answer (or our cached copy) can still say
 * "connecting" after created_at + connection timeout has passed.
 */
export function agentStatusHelp(
  agent: WorkspaceAgent,
  workspaceStatus: string | undefined,
  now: number,
): string {
  const timedOut = agentConnectionTimedOut(agent, now);
  const stopped = workspaceStatus === "stopped";
  if (timedOut) {
    return stopped
      ? "The workspace is stopped, so its agent is not running. This is expected."
      : `The agent never connected and its connection timeout${agent.connection_timeout_seconds ? ` (${formatDuration(agent.connection_timeout_seconds * 1000)})` : ""} has passed: it timed out. Check the startup logs${agent.troubleshooting_url ? " and the troubleshooting link" : ""}.`;
  }
  switch (agent.status) {
    case "connecting":
      return agent.connection_timeout_seconds
        ? "The agent has not connected yet; it is still within its connection timeout."
        : "The agent has not connected yet; it has no connection timeout.";
    case "connected":
      return "The agent is connected and reachable.";
    case "disconnected":
      return "The agent connected before but has stopped reporting.";
    default:
      return "This server reported a status this dashboard does not know.";
  }
}
