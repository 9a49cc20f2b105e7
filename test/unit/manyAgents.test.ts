import { describe, expect, test } from "vitest";
import type { WireAgent } from "../../mocks/wire";
import { readWorkspaceBody } from "../../src/coderd/bodies";
import { WorkspaceAgentSchema, type WorkspaceAgent } from "../../src/coderd/schemas";
import { AGENTS_PER_SCREEN, foldAgents } from "../../src/domain/agentFold";
import { agentTree, unhealthyAgents } from "../../src/domain/health";
import { MAX_AGENT_NOTICES, workspaceNotices } from "../../src/domain/notices";
import { craftAgent, craftWorkspace } from "../crafted";

// The builders make coderd's JSON; the rules read it as the app's reader leaves it.
const read = (a: WireAgent): WorkspaceAgent => WorkspaceAgentSchema(a) ?? {};
const sickWire = (name: string): WireAgent =>
  craftAgent({ name, status: "disconnected", health: { healthy: false, reason: "lost" } });
const wellWire = (name: string): WireAgent => craftAgent({ name, apps: [] });
const sick = (name: string): WorkspaceAgent => read(sickWire(name));
const well = (name: string): WorkspaceAgent => read(wellWire(name));

/** A failing_agents array that counts how often its elements are read. */
function countingArray(ids: string[]) {
  const reads = { n: 0 };
  const proxy = new Proxy(ids, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads.n += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { proxy, reads };
}

describe("thousands of agents cost one pass", () => {
  test("unhealthyAgents reads failing_agents once per id, not once per agent per id", () => {
    const agents = Array.from({ length: 2_000 }, (_, i) =>
      craftAgent({ name: `a${i}`, health: undefined, status: "connected" }),
    );
    const ids = agents.map((a) => a.id);
    const { proxy, reads } = countingArray(ids);
    const w = readWorkspaceBody(craftWorkspace({ agents }));
    w.health = { healthy: false, failing_agents: proxy };
    expect(unhealthyAgents(w)).toHaveLength(2_000);
    // includes() per agent read ~2,000,000 elements here.
    expect(reads.n).toBeLessThanOrEqual(2 * ids.length);
  });

  test("the detail's notices name a few unhealthy agents and count the rest", () => {
    const w = readWorkspaceBody(
      craftWorkspace({ agents: Array.from({ length: 500 }, (_, i) => sickWire(`s${i}`)) }),
    );
    const notices = workspaceNotices(w, Date.now()).filter((n) => n.kind === "unhealthy-agent");
    expect(notices.map((n) => n.title)).toEqual([
      "Agent s0 is unhealthy",
      "Agent s1 is unhealthy",
      "Agent s2 is unhealthy",
      `${500 - MAX_AGENT_NOTICES} more agents are unhealthy`,
    ]);
    expect(notices.at(-1)?.anchor).toBe("resources-title");
  });
});

describe("folding agents", () => {
  const agents = [
    ...Array.from({ length: 30 }, (_, i) => well(`web-${i}`)),
    sick("db-1"),
    ...Array.from({ length: 30 }, (_, i) => well(`worker-${i}`)),
    sick("db-2"),
  ];
  const nodes = agentTree(agents);
  const names = (shown: { agent: WorkspaceAgent }[]) => shown.map((n) => n.agent.name);

  test("a screenful, unhealthy first, then the server's order", () => {
    const fold = foldAgents(nodes, { query: "", limit: AGENTS_PER_SCREEN, expectedUp: true });
    expect(fold.matching).toBe(62);
    expect(names(fold.shown)).toEqual([
      "db-1",
      "db-2",
      ...Array.from({ length: AGENTS_PER_SCREEN - 2 }, (_, i) => `web-${i}`),
    ]);
  });

  test("a stopped workspace's agents are expected down: none goes first", () => {
    const fold = foldAgents(nodes, { query: "", limit: 3, expectedUp: false });
    expect(names(fold.shown)).toEqual(["web-0", "web-1", "web-2"]);
  });

  test("the filter takes every word, by name or state; the limit still holds", () => {
    expect(
      names(foldAgents(nodes, { query: "worker-2", limit: 20, expectedUp: true }).shown),
    ).toEqual([
      "worker-2",
      "worker-20",
      "worker-21",
      "worker-22",
      "worker-23",
      "worker-24",
      "worker-25",
      "worker-26",
      "worker-27",
      "worker-28",
      "worker-29",
    ]);
    const unhealthy = foldAgents(nodes, { query: "UNHEALTHY", limit: 20, expectedUp: true });
    expect(names(unhealthy.shown)).toEqual(["db-1", "db-2"]);
    expect(
      foldAgents(nodes, { query: "disconnected db-2", limit: 20, expectedUp: true }).matching,
    ).toBe(1);
    expect(foldAgents(nodes, { query: "web", limit: 5, expectedUp: true })).toMatchObject({
      matching: 30,
      shown: { length: 5 },
    });
  });

  test("a pinned agent (a deep link's target) beyond the fold is shown too", () => {
    const fold = foldAgents(nodes, {
      query: "",
      limit: 3,
      expectedUp: true,
      pinned: (n) => n.agent.name === "worker-29",
    });
    expect(names(fold.shown)).toEqual(["db-1", "db-2", "web-0", "worker-29"]);
  });

  test("a parent matches when one of its sub-agents does", () => {
    const parent = well("host");
    const child = read(
      craftAgent({ name: "devcontainer-x", parent_id: parent.id ?? null, apps: [] }),
    );
    const tree = agentTree([well("other"), parent, child]);
    expect(
      names(foldAgents(tree, { query: "devcontainer", limit: 20, expectedUp: true }).shown),
    ).toEqual(["host"]);
  });
});
