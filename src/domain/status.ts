// Meaning of every enum the API sends. Unknown values (newer servers add some) map to a neutral tone
// and are shown as the raw text.

export type Tone = "success" | "warning" | "error" | "info" | "neutral";

export interface StatusInfo {
  label: string;
  tone: Tone;
  /** A build or check is under way and the data will change soon. */
  inProgress: boolean;
  known: boolean;
}

function table(entries: Record<string, [string, Tone, boolean?]>) {
  return (value: string | undefined): StatusInfo => {
    const entry = value !== undefined ? entries[value] : undefined;
    if (!entry || !Object.hasOwn(entries, value ?? "")) {
      return { label: value ? value : "Unknown", tone: "neutral", inProgress: false, known: false };
    }
    return { label: entry[0], tone: entry[1], inProgress: entry[2] ?? false, known: true };
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
});

export const agentStatus = table({
  connecting: ["Connecting", "info", true],
  connected: ["Connected", "success"],
  disconnected: ["Disconnected", "warning"],
  timeout: ["Timed out", "warning"],
});

export const appHealth = table({
  disabled: ["No health check", "neutral"],
  initializing: ["Initializing", "info", true],
  healthy: ["Healthy", "success"],
  unhealthy: ["Unhealthy", "error"],
});

const TRANSITIONS: Record<string, string> = { start: "Start", stop: "Stop", delete: "Delete" };
const REASONS: Record<string, string> = {
  initiator: "by a user",
  autostart: "by autostart",
  autostop: "by autostop",
};
const SHARING: Record<string, string> = {
  owner: "Owner only",
  authenticated: "Any signed-in user",
  public: "Public",
};

function lookup(map: Record<string, string>, value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  return Object.hasOwn(map, value) ? (map[value] ?? value) : value;
}

export const transitionLabel = (v: string | undefined) => lookup(TRANSITIONS, v, "Unknown");
export const reasonLabel = (v: string | undefined) => lookup(REASONS, v, "");
export const sharingLabel = (v: string | undefined) => lookup(SHARING, v, "Unknown");

/** What an agent status means for someone wondering why they can't connect. */
export function agentStatusHelp(
  status: string | undefined,
  workspaceStatus: string | undefined,
): string {
  switch (status) {
    case "connecting":
      return "The agent has not connected yet; it is still within its connection timeout.";
    case "connected":
      return "The agent is connected and reachable.";
    case "disconnected":
      return "The agent connected before but has stopped reporting.";
    case "timeout":
      return workspaceStatus === "stopped"
        ? "The workspace is stopped, so its agent is not running. This is expected."
        : "The agent never connected within its connection timeout. Check the startup logs and the troubleshooting link.";
    default:
      return "This server reported a status this dashboard does not know.";
  }
}
