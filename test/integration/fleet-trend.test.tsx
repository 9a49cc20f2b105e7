import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { server } from "../../mocks/node";
import type { WireWorkspace } from "../../mocks/wire";
import { craftAgent, craftWorkspace } from "../crafted";
import { openOverview } from "../folds";
import { renderApp } from "../render";

afterEach(() => {
  vi.useRealTimers();
});

// 09:12 on the browser's own clock, whatever its time zone: the trend says times of day.
const OPENED = new Date(2026, 11, 5, 9, 12).getTime();

/** `running` healthy running workspaces, `failed` failed ones, one unhealthy, one starting. */
function fleetOf(running: number, failed: number): WireWorkspace[] {
  const sick = craftAgent({
    status: "disconnected",
    health: { healthy: false, reason: "agent has lost connection" },
  });
  return [
    ...Array.from({ length: running }, (_, i) => craftWorkspace({ name: `run-${i}` })),
    ...Array.from({ length: failed }, (_, i) =>
      craftWorkspace({
        name: `fail-${i}`,
        build: { status: "failed" },
        job: { status: "failed" },
      }),
    ),
    craftWorkspace({ name: "sick", agents: [sick] }),
    craftWorkspace({ name: "booting", build: { status: "starting" }, job: { status: "running" } }),
  ];
}

function serve(fleet: WireWorkspace[]) {
  server.use(
    http.get("*/api/v2/workspaces", () =>
      HttpResponse.json({ workspaces: fleet, count: fleet.length }),
    ),
  );
}

async function trendFigure() {
  return screen.findByRole("figure", { name: /^Counts since / }, { timeout: 15_000 });
}

describe("the day at a glance", () => {
  test("the trend survives a reload, and its words say how each count moved since 09:12", async () => {
    vi.useFakeTimers({ now: OPENED, shouldAdvanceTime: true });
    serve(fleetOf(4, 3));
    const view = renderApp("/workspaces");
    await openOverview(view.user);
    const before = await trendFigure();
    expect(within(before).getByText(/^Failed: 3, no change/)).toBeInTheDocument();
    view.unmount();

    // Ten minutes on, the page is loaded again (same browser storage) and the fleet has moved.
    vi.setSystemTime(OPENED + 10 * 60_000);
    serve(fleetOf(2, 7));
    const { user: sameUser } = renderApp("/workspaces");
    await openOverview(sameUser);
    const figure = await trendFigure();
    expect(figure).toHaveAccessibleName("Counts since 09:12");
    const words = within(figure).getByRole("list", { name: "Counts then and now" });
    // Counted as every view counts them: +1 running "sick" (unhealthy), +1 starting (in progress).
    expect(
      within(words)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Running: 5 → 3 since 09:12",
      "Failed: 3 → 7 since 09:12",
      "Unhealthy: 1, no change since 09:12",
      "In progress: 1, no change since 09:12",
    ]);

    // Each point leads to what changed in its stretch of time.
    const points = within(figure).getByRole("list", { name: "Changes by time" });
    const links = within(points).getAllByRole("link");
    expect(links).toHaveLength(2);
    const last = links.at(-1);
    expect(last).toHaveAccessibleName(
      "Changes 09:12 to 09:22: then Running 3, Failed 7, Unhealthy 1, In progress 1",
    );
    // Its stretch: from the first sample to the second, as instants (the fake clock creeps on a little).
    const href = new URL(last?.getAttribute("href") ?? "", "http://localhost");
    expect(href.pathname).toBe("/workspaces/changes");
    const since = Date.parse(href.searchParams.get("since") ?? "");
    const until = Date.parse(href.searchParams.get("until") ?? "");
    expect(since - OPENED).toBeGreaterThanOrEqual(0);
    expect(since - OPENED).toBeLessThan(60_000);
    expect(until - since).toBeGreaterThanOrEqual(9 * 60_000);
    expect(until - since).toBeLessThanOrEqual(10 * 60_000 + 60_000);
    // The trend keeps only counts: no name the server sent is in its storage. (The changes since
    // the last visit keep names, on purpose, under their own keys.)
    const stored = Object.keys(localStorage)
      .filter((k) => !k.startsWith("coder-dashboard.changes."))
      .map((k) => localStorage.getItem(k) ?? "")
      .join(" ");
    expect(stored).not.toMatch(/fail-0|run-0|sick|booting/);
  });

  test("a filtered list adds no sample: the trend is the whole fleet's", async () => {
    vi.useFakeTimers({ now: OPENED, shouldAdvanceTime: true });
    serve(fleetOf(4, 3));
    const { user } = renderApp("/workspaces?q=status%3Afailed");
    await openOverview(user);
    expect(
      await screen.findByText("The trend starts with the first whole read of the fleet."),
    ).toBeInTheDocument();
  });
});
