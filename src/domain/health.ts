import type { Workspace, WorkspaceAgent } from "../api/types";

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

// Agents of a stopped (or stopping, deleted…) workspace are expected to be off or timed out.
const AGENTS_EXPECTED_UP = new Set(["running", "starting", "pending"]);

/**
 * The unhealthy agents of a workspace whose agents should be up, with their reasons. coderd's
 * `health.failing_agents` decides which agents fail when it is sent.
 */
export function unhealthyAgents(w: Workspace): AgentProblem[] {
  if (!AGENTS_EXPECTED_UP.has(w.latest_build?.status ?? "")) return [];
  const failing = w.health?.failing_agents;
  const problems: AgentProblem[] = [];
  for (const agent of workspaceAgents(w)) {
    const listed = failing !== undefined && agent.id !== undefined && failing.includes(agent.id);
    const reason = agentUnhealthyReason(agent);
    if (reason) problems.push({ agent, reason });
    else if (listed) problems.push({ agent, reason: "agent is unhealthy" });
  }
  // The server says unhealthy but sent no agents (a slimmed or partial answer).
  if (problems.length === 0 && w.health?.healthy === false && failing?.length) {
    return failing.map((id) => ({ agent: { id }, reason: "agent is unhealthy" }));
  }
  return problems;
}
