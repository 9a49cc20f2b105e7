import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { withoutBidiControls } from "../../src/domain/bidi";
import { craftAgent, craftWorkspace, serveWorkspace } from "../crafted";
import { serveFleet } from "../craftedTriage";
import { isBidiIsolated } from "../queries";
import { renderApp } from "../render";

// An unterminated RIGHT-TO-LEFT OVERRIDE (U+202E) in a name must not reverse the rest of the line
// or the tab title.
const RLO = "\u202e";
const hostile = `eve${RLO} · aws-linux`;

function hostileWorkspace() {
  return craftWorkspace({
    name: hostile,
    agents: [
      craftAgent({
        name: `agent${RLO}x`,
        status: "disconnected",
        health: { healthy: false, reason: `lost${RLO} connection` },
        apps: [],
      }),
    ],
    workspace: { owner_name: `mallory${RLO}`, template_display_name: `${RLO}Docker` },
  });
}

describe("bidi controls in server text stay inside it", () => {
  test("the controls are removed where text becomes a plain string", () => {
    expect(withoutBidiControls("a\u202ab\u202bc\u202cd\u202de\u202ef")).toBe("abcdef");
    expect(withoutBidiControls("\u2066a\u2067b\u2068c\u2069\u200e\u200f\u061c")).toBe("abc");
    expect(withoutBidiControls("שלום عربي")).toBe("שלום عربي");
  });

  test("on the list: name, owner and template are isolated", async () => {
    const w = hostileWorkspace();
    serveFleet([w]);
    renderApp("/workspaces");
    const link = await screen.findByRole("link", { name: hostile }, { timeout: 10_000 });
    expect(isBidiIsolated(within(link).getByText(hostile))).toBe(true);
    for (const text of [`mallory${RLO}`, `${RLO}Docker`]) {
      const shown = screen.getAllByText(text);
      expect(shown.length).toBeGreaterThan(0);
      for (const el of shown) expect(isBidiIsolated(el)).toBe(true);
    }
  });

  test("on the detail page: heading, owner, template and agent isolated; no RLO in the tab title", async () => {
    const crafted = hostileWorkspace();
    const build = crafted.latest_build;
    const w = {
      ...crafted,
      latest_build: {
        ...build,
        resources: build.resources.map((r) => ({ ...r, name: `dev${RLO}x` })),
      },
    };
    serveWorkspace(w);
    renderApp(`/workspaces/${w.id}`);
    const heading = await screen.findByRole(
      "heading",
      { level: 1, name: hostile },
      { timeout: 5000 },
    );
    expect(isBidiIsolated(within(heading).getByText(hostile))).toBe(true);
    expect(isBidiIsolated(screen.getByText(`mallory${RLO}`))).toBe(true);
    const agent = await screen.findByRole("heading", { level: 4, name: `Agent agent${RLO}x` });
    expect(isBidiIsolated(within(agent).getByText(`agent${RLO}x`))).toBe(true);
    expect(isBidiIsolated(screen.getByText(`lost${RLO} connection`))).toBe(true);
    await waitFor(() => expect(document.title).toBe("mallory/eve · aws-linux · Coder dashboard"));
    // Accessible names are plain strings too.
    expect(screen.getByRole("article", { name: "Resource devx" })).toBeInTheDocument();
    // A notice's sentence is one string: the name goes in without its controls.
    const notices = screen.getByRole("list", { name: "Needs attention" });
    expect(within(notices).getByText("Agent agentx is unhealthy")).toBeInTheDocument();
  });
});
