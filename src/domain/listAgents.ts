import type { Workspace, WorkspaceAgent } from "../coderd/schemas";
import { agentUnhealthyReason, workspaceAgents } from "./health";

// A workspace may have thousands of agents. The list, its overview and Needs attention read a
// workspace's agents for health, latency and apps; all of that for 10,000 agents is megabytes to copy
// from the list worker and walk on every render. The list keeps a few, the unhealthy first, and the
// workspace's health still counts every failing agent: the workspace's own page shows them all.

/** Agents the list keeps per workspace. */
export const LIST_AGENTS_PER_WORKSPACE = 100;

/**
 * `w` with at most `limit` agents: the unhealthy first (coderd's `failing_agents`, or the agent's own
 * health), then the rest in the server's order, each resource keeping its own. When agents are left
 * out and the server sent no workspace health (an old coderd), it is derived here from every agent,
 * as coderd derives it, so the list still counts each failing one.
 */
export function foldListAgents(w: Workspace, limit = LIST_AGENTS_PER_WORKSPACE): Workspace {
  const agents = workspaceAgents(w);
  if (agents.length <= limit) return w;
  const listed = new Set(w.health?.failing_agents ?? []);
  const failing = (a: WorkspaceAgent) =>
    (a.id !== undefined && listed.has(a.id)) || agentUnhealthyReason(a) !== undefined;
  const kept = new Set<WorkspaceAgent>();
  for (const agent of agents) if (kept.size < limit && failing(agent)) kept.add(agent);
  for (const agent of agents) if (kept.size < limit) kept.add(agent);
  const build = w.latest_build;
  const health =
    w.health ??
    (() => {
      const ids = agents.flatMap((a) =>
        agentUnhealthyReason(a) !== undefined && a.id !== undefined ? [a.id] : [],
      );
      return { healthy: ids.length === 0, failing_agents: ids };
    })();
  return {
    ...w,
    health,
    latest_build: build && {
      ...build,
      resources: build.resources?.map((r) =>
        r.agents ? { ...r, agents: r.agents.filter((a) => kept.has(a)) } : r,
      ),
    },
  };
}
