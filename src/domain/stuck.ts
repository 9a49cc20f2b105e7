// Which stage of a start or stop is stuck, for how long, against which limit: the build's job (queued,
// running), an agent connecting, or its startup script. Read from the workspace alone, at `now`.
import type { Workspace, WorkspaceAgent } from "../coderd/schemas";
import { workspaceAgents } from "./health";
import { formatDuration, parseTime } from "./time";
import { DEFAULT_THRESHOLDS, isStuckState, timeInState, type Thresholds } from "./timeInState";

export type StuckStageKind =
  "queued" | "no-provisioner" | "job" | "agent-connecting" | "startup-script" | "stopping";

export interface StuckStage {
  kind: StuckStageKind;
  title: string;
  detail: string;
}

const STOPPING_WORDS: Record<string, string> = {
  stopping: "stopping",
  deleting: "deleting",
  canceling: "canceling",
};

const seconds = (s: number) => formatDuration(s * 1000);

/** Coder's own page for the latest build, on this origin: its logs say what the job is doing. */
export function buildPagePath(w: Workspace): string | undefined {
  const build = w.latest_build?.build_number;
  if (!w.owner_name || !w.name || build === undefined) return undefined;
  return `/@${encodeURIComponent(w.owner_name)}/${encodeURIComponent(w.name)}/builds/${build}`;
}

function agentStage(agent: WorkspaceAgent, now: number): StuckStage | undefined {
  const name = agent.name ? `Agent ${agent.name}` : "An agent";
  const created = parseTime(agent.created_at);
  const timeout = agent.connection_timeout_seconds ?? 0;
  const neverConnected = !parseTime(agent.first_connected_at);
  if (neverConnected && (agent.status === "connecting" || agent.status === "timeout")) {
    const ms = created ? now - created.getTime() : undefined;
    if (agent.status === "timeout" || (timeout > 0 && ms !== undefined && ms > timeout * 1000)) {
      return {
        kind: "agent-connecting",
        title: `${name} has not connected${ms !== undefined ? ` in ${formatDuration(ms)}` : ""}`,
        detail: `Its connection timeout is ${timeout > 0 ? seconds(timeout) : "not set"}${created ? `; waiting since it was created` : ""}. The VM or container may not have started its agent: see the build's logs.`,
      };
    }
  }
  const scriptTimeout = Math.max(
    0,
    ...(agent.scripts ?? []).filter((s) => s.run_on_start !== false).map((s) => s.timeout ?? 0),
  );
  const started = parseTime(agent.started_at);
  if (agent.lifecycle_state === "starting" && started && scriptTimeout > 0) {
    const ms = now - started.getTime();
    if (ms > scriptTimeout * 1000) {
      return {
        kind: "startup-script",
        title: `${name}'s startup script has run for ${formatDuration(ms)}`,
        detail: `Its timeout is ${seconds(scriptTimeout)}. The script's log on the agent says where it waits.`,
      };
    }
  }
  if (agent.lifecycle_state === "start_timeout") {
    return {
      kind: "startup-script",
      title: `${name}'s startup script ran past its timeout`,
      detail: `Its timeout is ${scriptTimeout > 0 ? seconds(scriptTimeout) : "not known"}; the workspace runs, but what the script sets up may be missing.`,
    };
  }
  return undefined;
}

/** The stuck stage of this workspace, or undefined when nothing is past its limit. */
export function stuckStages(
  w: Workspace,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): StuckStage[] {
  const t = timeInState(w, now, thresholds);
  const build = w.latest_build;
  const job = build?.job;
  if (
    t.stuck &&
    (t.status === "pending" || t.status === "starting" || t.status in STOPPING_WORDS)
  ) {
    const limit = `stuck after ${formatDuration(thresholds[t.status as keyof Thresholds])}`;
    if (t.status === "pending") {
      const matched = build?.matched_provisioners;
      if (matched?.available === 0) {
        return [
          {
            kind: "no-provisioner",
            title: `Queued for ${formatDuration(t.ms)}: no provisioner can run it`,
            detail: `The job waits for a provisioner (${limit}); ${matched.count ? `${matched.count} match its tags, none is online` : "none matches its tags"}.`,
          },
        ];
      }
      const position = job?.queue_position ?? 0;
      const size = job?.queue_size ?? 0;
      return [
        {
          kind: "queued",
          title: `Queued for ${formatDuration(t.ms)}${position > 0 && size > 0 ? `, ${position} of ${size} in the queue` : ""}`,
          detail: `The job waits for a provisioner to pick it up (${limit}).`,
        },
      ];
    }
    if (t.status === "starting") {
      return [
        {
          kind: "job",
          title: `The start job has run for ${formatDuration(t.ms)}`,
          detail: `The provisioner is still applying the template (${limit}); its logs are on the build page.`,
        },
      ];
    }
    return [
      {
        kind: "stopping",
        title: `${STOPPING_WORDS[t.status] === "canceling" ? "Canceling" : `The ${STOPPING_WORDS[t.status] === "deleting" ? "delete" : "stop"} job has run`} for ${formatDuration(t.ms)}`,
        detail: `Still ${STOPPING_WORDS[t.status] ?? t.status} (${limit}); its logs are on the build page.`,
      },
    ];
  }
  if (t.status !== "running") return [];
  return workspaceAgents(w).flatMap((a) => agentStage(a, now) ?? []);
}

const AGENT_STAGE_LIFECYCLES = new Set(["starting", "start_timeout"]);

/**
 * Whether stuckStages could find anything, at any time: false for a workspace neither in progress
 * nor running with an agent still connecting or starting (most of a fleet), whose answer is then
 * "not stuck" whatever the clock says.
 */
export function mayBeStuck(w: Workspace): boolean {
  const status = w.latest_build?.status ?? "";
  if (status !== "running") return isStuckState(status);
  return !workspaceAgents(w).every(
    (a) => a.status === "connected" && !AGENT_STAGE_LIFECYCLES.has(a.lifecycle_state ?? ""),
  );
}

/** Whether stuckStages finds anything, without building its words for the many that can't be. */
export function isStuck(
  w: Workspace,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): boolean {
  return mayBeStuck(w) && stuckStages(w, now, thresholds).length > 0;
}
