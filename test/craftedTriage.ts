// Crafted fleets for triage tests: a few workspaces built field by field at a fixed clock, served by
// a per-test MSW override, so the tests don't depend on the demo fleet's variants.
import { http, HttpResponse } from "msw";
import { server } from "../mocks/node";

export const NOW = Date.parse("2026-11-20T12:00:00Z");
export const ago = (ms: number) => new Date(NOW - ms).toISOString();
export const ahead = (ms: number) => new Date(NOW + ms).toISOString();
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

let seq = 0;
/** A stable fake UUID from a counter. */
export function uuid(n: number = ++seq): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

interface AgentOpts {
  id?: string;
  name?: string;
  status?: string;
  lifecycle_state?: string;
  health?: { healthy: boolean; reason?: string };
  latency?: Record<string, { latency_ms: number; preferred: boolean }>;
  apps?: { id: string; slug: string; display_name?: string; health: string }[];
}

export function agent(o: AgentOpts = {}) {
  return {
    id: o.id ?? uuid(),
    name: o.name ?? "main",
    status: o.status ?? "connected",
    lifecycle_state: o.lifecycle_state ?? "ready",
    health: o.health ?? { healthy: true },
    latency: o.latency,
    apps: o.apps ?? [],
  };
}

export interface WsOpts {
  name: string;
  owner?: string;
  template?: string;
  status: string;
  transition?: string;
  /** When the job was created; started/completed follow from the status. */
  since: number;
  job?: Record<string, unknown>;
  build?: Record<string, unknown>;
  agents?: ReturnType<typeof agent>[];
  extra?: Record<string, unknown>;
  healthy?: boolean;
}

const JOB_STATUS: Record<string, string> = {
  pending: "pending",
  starting: "running",
  stopping: "running",
  deleting: "running",
  running: "succeeded",
  stopped: "succeeded",
  failed: "failed",
  canceling: "canceling",
  canceled: "canceled",
};

/** A list entry whose latest build entered `status` `since` ms before NOW. */
export function ws(o: WsOpts) {
  const id = uuid();
  const at = ago(o.since);
  const running = ["starting", "stopping", "deleting"].includes(o.status);
  const done = ["running", "stopped", "failed", "canceled"].includes(o.status);
  const agents = o.agents ?? (o.status === "running" ? [agent()] : []);
  const unhealthy = agents.filter((a) => !a.health.healthy).map((a) => a.id);
  return {
    id,
    name: o.name,
    owner_name: o.owner ?? "alice",
    template_name: o.template ?? "docker",
    template_display_name: "",
    created_at: ago(30 * DAY),
    last_used_at: ago(HOUR),
    outdated: false,
    template_require_active_version: false,
    health: { healthy: o.healthy ?? unhealthy.length === 0, failing_agents: unhealthy },
    ...o.extra,
    latest_build: {
      id: uuid(),
      build_number: 3,
      status: o.status,
      transition:
        o.transition ?? (o.status === "stopped" || o.status === "stopping" ? "stop" : "start"),
      reason: "initiator",
      created_at: running || done ? ago(o.since + 2 * MIN) : at,
      updated_at: at,
      daily_cost: 10,
      template_version_name: "v1",
      resources: agents.length
        ? [{ id: uuid(), name: "vm", type: "docker_container", agents }]
        : [],
      ...o.build,
      job: {
        id: uuid(),
        status: JOB_STATUS[o.status] ?? "unknown",
        created_at: running || done ? ago(o.since + 2 * MIN) : at,
        ...(running ? { started_at: at } : {}),
        ...(done ? { started_at: ago(o.since + MIN), completed_at: at } : {}),
        ...(o.status === "canceling" ? { started_at: ago(o.since + MIN), canceled_at: at } : {}),
        queue_position: 0,
        queue_size: 0,
        ...o.job,
      },
    },
  };
}

/** Serves `workspaces` as the whole fleet for this test. */
export function serveFleet(workspaces: unknown[]) {
  server.use(
    http.get("*/api/v2/workspaces", () =>
      HttpResponse.json({ count: workspaces.length, workspaces }),
    ),
  );
}
