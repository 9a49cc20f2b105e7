import type { WorkspaceAgent } from "../coderd/schemas";
import { agentUnhealthyReason, type AgentNode } from "./health";

// A workspace may have thousands of agents, and each card is a screenful of detail: the page shows a
// screenful of them, the unhealthy ones first, with a count, a filter and "Show more".

/** Agents shown at first, and added by each "Show more": a card is most of a screen. */
export const AGENTS_PER_SCREEN = 10;

/** Cards in the first paint; the rest of a screenful follows in a render that yields to input. */
export const AGENTS_FIRST_PAINT = 3;

export interface AgentFold {
  /** What to render, unhealthy first (in the server's order otherwise). */
  shown: AgentNode[];
  /** Agents (top-level entries) the filter lets through. */
  matching: number;
}

function unhealthy(agent: WorkspaceAgent, expectedUp: boolean): string | undefined {
  return expectedUp ? agentUnhealthyReason(agent) : undefined;
}

function nodeUnhealthy(node: AgentNode, expectedUp: boolean): boolean {
  return (
    unhealthy(node.agent, expectedUp) !== undefined ||
    node.children.some((c) => unhealthy(c.agent, expectedUp) !== undefined)
  );
}

/** What a filter finds an agent by: its name, connection, lifecycle and why it is unhealthy. */
function agentMatches(agent: WorkspaceAgent, expectedUp: boolean, words: string[]): boolean {
  const reason = unhealthy(agent, expectedUp);
  const text = [
    agent.name,
    agent.status,
    agent.lifecycle_state?.replace(/_/g, " "),
    reason,
    reason === undefined ? "healthy" : "unhealthy",
  ]
    .join(" ")
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * The agents to render: those matching `query` (every word, in a node or one of its sub-agents),
 * unhealthy first, the first `limit` of them, plus any `pinned` one (a deep link's target) beyond.
 * One pass over the agents, whatever their number.
 */
export function foldAgents(
  nodes: readonly AgentNode[],
  options: {
    query: string;
    limit: number;
    /** Whether the workspace's agents should be up (else none counts as unhealthy). */
    expectedUp: boolean;
    pinned?: (node: AgentNode) => boolean;
  },
): AgentFold {
  const { expectedUp, limit } = options;
  const words = options.query.toLowerCase().split(/\s+/).filter(Boolean);
  const sick: AgentNode[] = [];
  const well: AgentNode[] = [];
  for (const node of nodes) {
    const matches =
      words.length === 0 ||
      agentMatches(node.agent, expectedUp, words) ||
      node.children.some((c) => agentMatches(c.agent, expectedUp, words));
    if (matches) (nodeUnhealthy(node, expectedUp) ? sick : well).push(node);
  }
  const ordered = sick.concat(well);
  const shown = ordered.slice(0, limit);
  if (options.pinned) {
    for (const node of ordered.slice(limit)) if (options.pinned(node)) shown.push(node);
  }
  return { shown, matching: ordered.length };
}
