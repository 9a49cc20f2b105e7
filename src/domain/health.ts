import type { Workspace, WorkspaceAgent } from "../coderd/schemas";
import { parseTime } from "./time.js";

// Health as today's coderd computes it, and as the dashboard derives it from older servers that send
// none: an agent's first matching rule names why it is unhealthy.

export const AGENT_UNHEALTHY_REASONS = {
  notRunning: "agent is not running",
  notConnected: "agent has not yet connected",
  timeout: "agent is taking too long to connect",
  disconnected: "agent has lost connection",
  startError: "agent startup script exited with an error",
  shuttingDown: "agent is shutting down",
} as const;

/** The reason an agent is unhealthy, or undefined when it is healthy (or nothing says otherwise). */
export function agentUnhealthyReason(agent: WorkspaceAgent): string | undefined {
  if (agent.health?.healthy === true) return undefined;
  if (agent.health?.healthy === false) return agent.health.reason || "agent is unhealthy";
  // An old server: apply coderd's rules to what it sent. Connecting counts as healthy there.
  const connected = agent.status === "connected";
  const lifecycle = agent.lifecycle_state;
  if (!connected && lifecycle === "off") return AGENT_UNHEALTHY_REASONS.notRunning;
  if (agent.status === "timeout") return AGENT_UNHEALTHY_REASONS.timeout;
  if (agent.status === "disconnected") return AGENT_UNHEALTHY_REASONS.disconnected;
  if (lifecycle === "start_error") return AGENT_UNHEALTHY_REASONS.startError;
  if (lifecycle === "shutting_down") return AGENT_UNHEALTHY_REASONS.shuttingDown;
  return undefined;
}

export function workspaceAgents(w: Workspace): WorkspaceAgent[] {
  return (w.latest_build?.resources ?? []).flatMap((r) => r.agents ?? []);
}

export interface AgentProblem {
  agent: WorkspaceAgent;
  reason: string;
}

// "Healthy" and "Unhealthy" are said of running workspaces only, as Coder's own list does: a stopped
// workspace's agents are off by design, and a starting one is judged by how long it takes (stuck).
const AGENTS_EXPECTED_UP = new Set(["running"]);

/** Whether a workspace in this status should have its agents up, so an unhealthy one is news. */
export function agentsExpectedUp(workspaceStatus: string | undefined): boolean {
  return AGENTS_EXPECTED_UP.has(workspaceStatus ?? "");
}

/** The dashboard's one reading of health: every view that says Healthy or Unhealthy asks this. */
export interface HealthReading {
  /** undefined: not running, or running without agents; nothing to call healthy or not. */
  healthy: boolean | undefined;
  /** The unhealthy agents with their reasons (empty unless `healthy` is false). */
  failing: AgentProblem[];
}

const NOT_APPLICABLE: HealthReading = { healthy: undefined, failing: [] };

/**
 * A running workspace is unhealthy when anything says so: coderd's `health.healthy` is false or
 * lists failing agents, or an agent's own health (from an old server without it, coderd's rules
 * applied to its status and lifecycle) names a reason. It is healthy when it has agents and none
 * of these holds. Contradictory answers therefore read as unhealthy: the safer word to show.
 */
export function readHealth(w: Workspace): HealthReading {
  let reading = READINGS.get(w);
  if (!reading) {
    reading = healthOf(w);
    READINGS.set(w, reading);
  }
  return reading;
}

// Rows are never changed in place, and the overview, the trend, triage and the rows each ask of
// every row: a row's health is read once.
const READINGS = new WeakMap<Workspace, HealthReading>();

function healthOf(w: Workspace): HealthReading {
  if (!AGENTS_EXPECTED_UP.has(w.latest_build?.status ?? "")) return NOT_APPLICABLE;
  const listed = new Set(w.health?.failing_agents ?? []);
  const agents = workspaceAgents(w);
  const failing: AgentProblem[] = [];
  for (const agent of agents) {
    const reason = agentUnhealthyReason(agent);
    if (reason) failing.push({ agent, reason });
    else if (agent.id !== undefined && listed.has(agent.id)) {
      failing.push({ agent, reason: "agent is unhealthy" });
    }
    if (agent.id !== undefined) listed.delete(agent.id);
  }
  // Failing agents the answer lists but did not send (a slimmed or partial answer, or the list's
  // fold of thousands of agents) count too.
  for (const id of listed) failing.push({ agent: { id }, reason: "agent is unhealthy" });
  if (failing.length === 0 && w.health?.healthy === false) {
    return {
      healthy: false,
      failing: [{ agent: {}, reason: "coderd reports an unhealthy agent" }],
    };
  }
  if (failing.length > 0) return { healthy: false, failing };
  return agents.length > 0 ? { healthy: true, failing } : NOT_APPLICABLE;
}

/** true = Healthy, false = Unhealthy, undefined = neither (see readHealth). */
export function workspaceHealth(w: Workspace): boolean | undefined {
  return readHealth(w).healthy;
}

/** The agents that make a workspace Unhealthy, with their reasons; empty when it is not. */
export function unhealthyAgents(w: Workspace): AgentProblem[] {
  return readHealth(w).failing;
}

/**
 * A never-connected agent past its connection timeout: the server says `timeout`, or it still says
 * `connecting` (an old answer, a cached copy) though created_at + connection_timeout_seconds has
 * passed. A timeout of 0 means none.
 */
export function agentConnectionTimedOut(agent: WorkspaceAgent, now: number): boolean {
  if (agent.status === "timeout") return true;
  if (agent.status !== "connecting" || parseTime(agent.first_connected_at)) return false;
  const timeout = agent.connection_timeout_seconds ?? 0;
  const created = parseTime(agent.created_at);
  return timeout > 0 && created !== undefined && created.getTime() + timeout * 1000 < now;
}

export interface AgentNode {
  agent: WorkspaceAgent;
  /** Index in the resource's own list (for fallback anchors). */
  index: number;
  /** Sub-agents (dev containers) whose parent is this agent. */
  children: AgentNode[];
  /** A sub-agent whose parent is not among these agents. */
  orphan: boolean;
}

/**
 * Agents as a tree: sub-agents (`parent_id`) under their parent, in the server's order. A sub-agent
 * whose parent is absent stays at the top, marked, so nothing is hidden; cycles cannot form because
 * only top-level agents take children.
 */
export function agentTree(agents: readonly WorkspaceAgent[]): AgentNode[] {
  const nodes: AgentNode[] = agents.map((agent, index) => ({
    agent,
    index,
    children: [],
    orphan: false,
  }));
  const byId = new Map<string, AgentNode>();
  for (const n of nodes) if (!n.agent.parent_id && n.agent.id) byId.set(n.agent.id, n);
  const roots: AgentNode[] = [];
  for (const n of nodes) {
    const parentId = n.agent.parent_id;
    const parent = parentId ? byId.get(parentId) : undefined;
    if (parent && parent !== n) parent.children.push(n);
    else {
      n.orphan = Boolean(parentId);
      roots.push(n);
    }
  }
  return roots;
}
