import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { craftAgent, craftWorkspace, serveWorkspace } from "../crafted";
import { anchorTarget } from "../queries";
import { renderApp } from "../render";
import type { WireAgent } from "../../mocks/wire";

const agentHeadings = () => screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);

function thousandAgents(): WireAgent[] {
  return Array.from({ length: 1_000 }, (_, i) =>
    i === 700 || i === 900
      ? craftAgent({
          name: `agent-${i}`,
          status: "disconnected",
          health: { healthy: false, reason: "agent has lost connection" },
          apps: [],
        })
      : craftAgent({ name: `agent-${i}`, apps: [] }),
  );
}

async function show(url: (id: string) => string, agents = thousandAgents()) {
  const w = craftWorkspace({ name: "fleet-of-agents", agents });
  serveWorkspace(w);
  const utils = renderApp(url(w.id));
  await screen.findByRole("heading", { level: 1, name: "fleet-of-agents" }, { timeout: 5000 });
  await screen.findByText(/^Showing \d+ of 1,000 agents/);
  return { ...utils, agents };
}

describe("a workspace with a thousand agents", () => {
  // jsdom takes seconds over a page this size on a busy machine.
  test(
    "shows a screenful, unhealthy first, with a count, 'Show more' and a filter",
    { timeout: 60_000 },
    async () => {
      const { user } = await show((id) => `/workspaces/${id}`);
      // A few cards paint first; the rest of the screenful follows.
      await screen.findByText("Showing 10 of 1,000 agents, unhealthy first");
      const headings = agentHeadings();
      expect(headings).toHaveLength(10);
      expect(headings.slice(0, 3)).toEqual(["Agent agent-700", "Agent agent-900", "Agent agent-0"]);

      await user.click(screen.getByRole("button", { name: "Show 10 more" }));
      await screen.findByText("Showing 20 of 1,000 agents, unhealthy first");
      expect(agentHeadings()).toHaveLength(20);

      await user.click(screen.getByRole("textbox", { name: "Filter agents" }));
      await user.paste("agent-99");
      await screen.findByText("11 of 1,000 agents match; showing 10");
      expect(agentHeadings()).toEqual([
        "Agent agent-99",
        ...Array.from({ length: 9 }, (_, i) => `Agent agent-${990 + i}`),
      ]);
      await user.click(screen.getByRole("button", { name: "Show 1 more" }));
      await waitFor(() => expect(agentHeadings()).toHaveLength(11));
      expect(screen.queryByRole("button", { name: /^Show \d+ more$/ })).not.toBeInTheDocument();

      // The notices name the unhealthy agents (two here: under the fold's count).
      const notices = screen.getByRole("list", { name: "Needs attention" });
      expect(within(notices).getByText("Agent agent-700 is unhealthy")).toBeInTheDocument();
    },
  );

  test("a deep link to an agent beyond the fold shows it, highlighted", async () => {
    const agents = thousandAgents();
    const target = agents[555];
    await show((id) => `/workspaces/${id}#agent-${target?.id ?? ""}`, agents);
    await waitFor(() => expect(agentHeadings()).toHaveLength(11));
    expect(anchorTarget(`agent-${target?.id ?? ""}`)).toHaveTextContent("Agent agent-555");
  });

  test("a few agents show whole, with no filter", async () => {
    const w = craftWorkspace({
      name: "small",
      agents: Array.from({ length: 10 }, (_, i) => craftAgent({ name: `a${i}`, apps: [] })),
    });
    serveWorkspace(w);
    renderApp(`/workspaces/${w.id}`);
    await screen.findByRole("heading", { level: 1, name: "small" }, { timeout: 5000 });
    expect(await screen.findAllByRole("heading", { level: 4 })).toHaveLength(10);
    expect(screen.queryByRole("textbox", { name: "Filter agents" })).not.toBeInTheDocument();
  });
});
