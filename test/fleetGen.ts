// Seeded fleets for property tests: today's shapes, old shapes (no `health`, agents without their
// own), and missing or contradictory fields, at a fixed clock. Deterministic per seed.
import { rng } from "../mocks/fleet";
import type { Workspace } from "../src/coderd/schemas";
import { JOB_STATUS } from "./craftedTriage";

export const GEN_NOW = Date.parse("2026-11-20T12:00:00Z");
const MIN = 60_000;

export type Shape = "today" | "old" | "odd";

const STATUSES = [
  "running",
  "running",
  "running",
  "stopped",
  "failed",
  "pending",
  "starting",
  "stopping",
  "canceling",
  "canceled",
  "deleting",
];
const AGENT_STATUSES = [
  "connected",
  "connected",
  "connected",
  "connecting",
  "disconnected",
  "timeout",
];
const LIFECYCLES = [
  "ready",
  "ready",
  "ready",
  "starting",
  "start_error",
  "start_timeout",
  "off",
  "shutting_down",
];
const ERRORS = [
  "terraform apply: exit status 1",
  "\u001b[31mError: creating EC2 instance: InsufficientInstanceCapacity\u001b[0m\nmore",
  "Worker failed to update job in time.",
  "",
];
const TEMPLATES = ["docker", "k8s", "aws-linux"];

function uuid(r: () => number): string {
  const hex = () => Math.floor(r() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-4${part(3)}-8${part(3)}-${part(12)}`;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error("empty");
  return x;
}

const ago = (ms: number) => new Date(GEN_NOW - ms).toISOString();

function agentOf(r: () => number, shape: Shape, i: number) {
  const status = pick(r, AGENT_STATUSES);
  const lifecycle = pick(r, LIFECYCLES);
  const latency =
    r() < 0.6
      ? {
          Frankfurt: { latency_ms: Math.round(r() * 500 * 10) / 10, preferred: r() < 0.7 },
          Sydney: { latency_ms: Math.round(r() * 500), preferred: false },
        }
      : undefined;
  const apps =
    r() < 0.4
      ? [
          {
            id: uuid(r),
            slug: "code-server",
            display_name: "VS Code",
            health: pick(r, ["healthy", "unhealthy", "disabled", "initializing"]),
          },
        ]
      : [];
  const agent: Record<string, unknown> = {
    id: uuid(r),
    name: `agent${i}`,
    status,
    lifecycle_state: lifecycle,
    created_at: ago(3 * 60 * MIN),
    connection_timeout_seconds: 120,
    latency,
    apps,
  };
  if (shape === "today") {
    // coderd's rules (first match), as the server would send them.
    const reason =
      status !== "connected" && lifecycle === "off"
        ? "agent is not running"
        : status === "connecting"
          ? "agent has not yet connected"
          : status === "timeout"
            ? "agent is taking too long to connect"
            : status === "disconnected"
              ? "agent has lost connection"
              : lifecycle === "start_error"
                ? "agent startup script exited with an error"
                : lifecycle === "shutting_down"
                  ? "agent is shutting down"
                  : undefined;
    agent.health = reason ? { healthy: false, reason } : { healthy: true };
  } else if (shape === "odd") {
    if (r() < 0.3) delete agent.status;
    if (r() < 0.3) agent.health = { healthy: r() < 0.5 };
    if (r() < 0.2) delete agent.id;
  }
  return agent;
}

/** One workspace of the given shape. */
export function genWorkspace(r: () => number, shape: Shape, n: number): Workspace {
  const status = shape === "odd" && r() < 0.1 ? pick(r, ["weird", ""]) : pick(r, STATUSES);
  const agentCount = status === "running" ? pick(r, [0, 1, 1, 1, 2, 3]) : pick(r, [0, 1]);
  const agents = Array.from({ length: agentCount }, (_, i) => agentOf(r, shape, i));
  const since = Math.floor(r() * 10 * 60) * MIN;
  const w: Record<string, unknown> = {
    id: uuid(r),
    name: `ws-${n}`,
    owner_name: pick(r, ["alice", "bob", "carol"]),
    template_name: pick(r, TEMPLATES),
    template_display_name: "",
    created_at: ago(30 * 24 * 60 * MIN),
    last_used_at: ago(60 * MIN),
    outdated: r() < 0.2,
    template_require_active_version: r() < 0.3,
    dormant_at: r() < 0.1 ? ago(5 * 24 * 60 * MIN) : null,
    deleting_at: r() < 0.05 ? new Date(GEN_NOW + r() * 20 * 24 * 60 * MIN).toISOString() : null,
    latest_build: {
      id: uuid(r),
      build_number: 1 + Math.floor(r() * 9),
      status,
      transition: ["stopped", "stopping"].includes(status)
        ? "stop"
        : status === "deleting"
          ? "delete"
          : "start",
      created_at: ago(since + 2 * MIN),
      updated_at: ago(since),
      daily_cost: Math.floor(r() * 20),
      template_version_name: "v1",
      matched_provisioners:
        status === "pending" && r() < 0.5 ? { count: 1, available: 0 } : undefined,
      resources: agents.length
        ? [{ id: uuid(r), name: "vm", type: "docker_container", agents }]
        : [],
      job: {
        id: uuid(r),
        status: JOB_STATUS[status] ?? "unknown",
        created_at: ago(since + 2 * MIN),
        started_at: status === "pending" ? undefined : ago(since + MIN),
        completed_at: ["running", "stopped", "failed", "canceled"].includes(status)
          ? ago(since)
          : undefined,
        error: status === "failed" ? pick(r, ERRORS) || undefined : undefined,
        queue_position: status === "pending" ? 1 + Math.floor(r() * 3) : 0,
        queue_size: status === "pending" ? 4 : 0,
      },
    },
  };
  if (shape === "today") {
    const failing = agents
      .filter((a) => !(a.health as { healthy: boolean }).healthy)
      .map((a) => a.id as string);
    w.health = { healthy: failing.length === 0, failing_agents: failing };
  } else if (shape === "odd") {
    const roll = r();
    // Contradictions: the workspace's word against its agents', and fields that went missing.
    if (roll < 0.2)
      w.health = { healthy: true, failing_agents: agents.slice(0, 1).map((a) => a.id) };
    else if (roll < 0.4) w.health = { healthy: false, failing_agents: [] };
    else if (roll < 0.5) w.health = { healthy: false };
    else if (roll < 0.6) delete w.latest_build;
    else if (roll < 0.7) (w.latest_build as Record<string, unknown>).resources = undefined;
    if (r() < 0.1) delete w.name;
  }
  return w;
}

/** A fleet mixing the shapes, `size` workspaces. */
export function genFleet(seed: number, size: number): Workspace[] {
  const r = rng(seed);
  const shapes: Shape[] = ["today", "today", "old", "odd"];
  return Array.from({ length: size }, (_, i) => genWorkspace(r, pick(r, shapes), i));
}
