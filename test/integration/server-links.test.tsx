import { screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { expect, test } from "vitest";
import { server } from "../../mocks/node";
import type { WireWorkspace } from "../../mocks/wire";
import { fixture } from "../fixtures";
import { renderApp } from "../render";

/** `never-used` (a disconnected agent) with every agent's troubleshooting_url replaced. */
function withTroubleshooting(url: string): WireWorkspace {
  const w = fixture("never-used");
  const build = w.latest_build;
  return {
    ...w,
    latest_build: {
      ...build,
      resources: build.resources.map((r) => ({
        ...r,
        agents: (r.agents ?? []).map((a) => ({ ...a, troubleshooting_url: url })),
      })),
    },
  };
}

async function openWith(url: string) {
  const w = withTroubleshooting(url);
  server.use(http.get("*/api/v2/workspaces/:id", () => HttpResponse.json(w)));
  renderApp(`/workspaces/${w.id}`);
  await screen.findByRole("heading", { level: 1, name: "never-used" }, { timeout: 10_000 });
  // The resources render just after the header, in a render that yields to input.
  await screen.findByRole(
    "heading",
    { level: 2, name: /^Resources \(\d+\)$/ },
    { timeout: 10_000 },
  );
}

test("a path that the browser reads as another host is an external link that names it", async () => {
  await openWith("/\n/evil.example/help");
  const link = screen.getByRole("link", { name: "Troubleshooting guide (evil.example)" });
  expect(link).toHaveAttribute("href", "http://evil.example/help");
  expect(link).toHaveAttribute("rel", "noopener noreferrer");
  expect(link).toHaveAttribute("target", "_blank");
  expect(screen.getByRole("link", { name: "http://evil.example/help" })).toBeInTheDocument();
});

test("a same-origin path is a plain link to this origin", async () => {
  await openWith("/docs/troubleshooting");
  const link = screen.getByRole("link", { name: "Troubleshooting guide" });
  expect(link).toHaveAttribute("href", `${window.location.origin}/docs/troubleshooting`);
});

test("a script URL hidden by a newline renders no link", async () => {
  await openWith("java\nscript:alert(1)");
  expect(screen.queryByRole("link", { name: /Troubleshooting guide/ })).not.toBeInTheDocument();
});
