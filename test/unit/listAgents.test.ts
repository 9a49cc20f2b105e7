import { describe, expect, test } from "vitest";
import type { WireAgent } from "../../mocks/wire";
import { readListBody } from "../../src/api/list/listReader";
import { readHealth, workspaceAgents } from "../../src/domain/health";
import { LIST_AGENTS_PER_WORKSPACE } from "../../src/domain/listAgents";
import { craftAgent, craftWorkspace } from "../crafted";

// The list keeps a few agents of a workspace that has thousands; its health still counts them all.

const sick = (name: string): WireAgent =>
  craftAgent({
    name,
    status: "disconnected",
    health: { healthy: false, reason: "agent has lost connection" },
    apps: [],
  });
const well = (name: string): WireAgent => craftAgent({ name, apps: [] });

/** The list's reading of one workspace with these agents. */
function listed(agents: WireAgent[], health?: "derive" | "omit") {
  const w = craftWorkspace({ name: "many", agents });
  const failing = agents.filter((a) => a.health?.healthy === false).map((a) => a.id);
  const body =
    health === "omit"
      ? { ...w, health: undefined }
      : { ...w, health: { healthy: failing.length === 0, failing_agents: failing } };
  const [row] = readListBody({ workspaces: [body], count: 1 }).workspaces;
  if (!row) throw new Error("the row was dropped");
  return row;
}

const thousands = () =>
  Array.from({ length: 5_000 }, (_, i) => (i % 5 === 4 ? sick(`agent-${i}`) : well(`agent-${i}`)));

describe("the list folds thousands of agents", () => {
  test("it keeps a few, the unhealthy first, and the health still counts every failing one", () => {
    const row = listed(thousands());
    const kept = workspaceAgents(row);
    expect(kept).toHaveLength(LIST_AGENTS_PER_WORKSPACE);
    expect(kept.every((a) => a.status === "disconnected")).toBe(true);
    const health = readHealth(row);
    expect(health.healthy).toBe(false);
    expect(health.failing).toHaveLength(1_000);
    // The ones it kept are named; the rest are counted.
    expect(health.failing[0]?.agent.name).toBe("agent-4");
  });

  test("an old server without workspace health: derived from every agent before folding", () => {
    const agents = thousands().map((a) => ({ ...a, health: undefined }));
    const row = listed(agents, "omit");
    expect(workspaceAgents(row)).toHaveLength(LIST_AGENTS_PER_WORKSPACE);
    expect(readHealth(row).failing).toHaveLength(1_000);
  });

  test("fewer than the limit are kept whole, in the server's order", () => {
    const agents = [well("a"), sick("b"), well("c")];
    const row = listed(agents);
    expect(workspaceAgents(row).map((a) => a.name)).toEqual(["a", "b", "c"]);
  });

  test("all healthy: the first ones in the server's order, and the workspace is Healthy", () => {
    const agents = Array.from({ length: 300 }, (_, i) => well(`w${i}`));
    const row = listed(agents);
    expect(workspaceAgents(row).map((a) => a.name)).toEqual(
      agents.slice(0, LIST_AGENTS_PER_WORKSPACE).map((a) => a.name),
    );
    expect(readHealth(row).healthy).toBe(true);
  });
});

test("failing agents the answer lists but did not send count as unhealthy too", () => {
  const agents = [sick("here"), well("fine")];
  const w = craftWorkspace({ name: "partial", agents });
  const [row] = readListBody({
    workspaces: [
      { ...w, health: { healthy: false, failing_agents: [agents[0]?.id, "gone-1", "gone-2"] } },
    ],
  }).workspaces;
  if (!row) throw new Error("the row was dropped");
  const failing = readHealth(row).failing;
  expect(failing.map((f) => f.agent.name ?? f.agent.id)).toEqual(["here", "gone-1", "gone-2"]);
});
