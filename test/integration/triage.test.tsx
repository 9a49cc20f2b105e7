import { configure, screen, waitFor, within } from "@testing-library/react";
import { openOverview } from "../folds";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { agent, ahead, DAY, HOUR, MIN, NOW, serveFleet, uuid, ws } from "../craftedTriage";
import { renderApp } from "../render";

// Role queries over a whole page are slow on the shared 2-core machine.
vi.setConfig({ testTimeout: 45_000 });
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  // Only Date is faked: timers stay real for MSW, React Query and user-event.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function attentionEntries() {
  const list = await screen.findByRole(
    "list",
    { name: /need attention|^[A-Z]/ },
    { timeout: 10_000 },
  );
  // Entries carry a heading; the problems nested in them don't.
  return within(list)
    .getAllByRole("listitem")
    .filter((li) => within(li).queryByRole("heading") !== null);
}

function entryNames(items: HTMLElement[]) {
  return items.map((li) => within(li).getByRole("heading").textContent);
}

const failedError =
  "\u001b[31mError: creating EC2 instance: InsufficientInstanceCapacity\u001b[0m\n  on main.tf line 12\nmore";

function problemFleet() {
  const sick = agent({
    id: uuid(9001),
    name: "dev",
    status: "disconnected",
    health: { healthy: false, reason: "agent has lost connection" },
    apps: [{ id: uuid(9002), slug: "code-server", display_name: "VS Code", health: "unhealthy" }],
  });
  return [
    ws({ name: "fresh-running", status: "running", since: 2 * DAY }),
    ws({
      name: "latency-bad",
      status: "running",
      since: DAY,
      agents: [
        agent({
          id: uuid(9003),
          latency: {
            Frankfurt: { latency_ms: 420.5, preferred: true },
            Sydney: { latency_ms: 80, preferred: false },
          },
        }),
      ],
    }),
    ws({
      name: "latency-ok",
      status: "running",
      since: DAY,
      agents: [agent({ latency: { Frankfurt: { latency_ms: 120, preferred: true } } })],
    }),
    ws({ name: "unhealthy-run", status: "running", since: 3 * HOUR, agents: [sick] }),
    ws({ name: "cancel-stuck", status: "canceling", since: 9 * HOUR }),
    ws({ name: "cancel-fresh", status: "canceling", since: 3 * MIN }),
    ws({
      name: "queued-long",
      status: "pending",
      since: 20 * MIN,
      job: { queue_position: 3, queue_size: 5 },
      build: { matched_provisioners: { count: 0, available: 0 } },
    }),
    ws({ name: "start-slow", status: "starting", since: 45 * MIN }),
    ws({ name: "start-ok", status: "starting", since: 20 * MIN }),
    ws({
      name: "broken-start",
      status: "failed",
      since: 2 * HOUR,
      job: { error: failedError, error_code: "INSUFFICIENT_QUOTA" },
    }),
    ws({
      name: "dormant-late",
      status: "stopped",
      since: 40 * DAY,
      extra: { dormant_at: new Date(NOW - 20 * DAY).toISOString(), deleting_at: ahead(10 * DAY) },
    }),
    ws({
      name: "dormant-soon",
      status: "stopped",
      since: 40 * DAY,
      extra: { dormant_at: new Date(NOW - 27 * DAY).toISOString(), deleting_at: ahead(3 * DAY) },
    }),
    ws({
      name: "must-update",
      status: "stopped",
      since: DAY,
      extra: { outdated: true, template_require_active_version: true },
    }),
    ws({ name: "old-but-optional", status: "stopped", since: DAY, extra: { outdated: true } }),
  ];
}

describe("needs attention", () => {
  test("names each kind of problem, most severe first, with links to the detail anchors", async () => {
    const fleet = problemFleet();
    serveFleet(fleet);
    renderApp("/workspaces/attention");
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Needs attention" },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    const items = await attentionEntries();
    expect(entryNames(items)).toEqual([
      "broken-start",
      "cancel-stuck",
      "start-slow",
      "queued-long",
      "unhealthy-run",
      "dormant-soon",
      "dormant-late",
      "must-update",
      "latency-bad",
    ]);
    const entry = (name: string) => {
      const found = items.find((li) => within(li).queryByRole("heading", { name }));
      if (!found) throw new Error(`no entry ${name}`);
      return found;
    };
    const id = (name: string) => fleet.find((w) => w.name === name)?.id ?? "";

    // Failed: the job error's first line, ANSI stripped, and its error code; linked to #build.
    expect(
      within(entry("broken-start")).getByText(
        "Error: creating EC2 instance: InsufficientInstanceCapacity",
      ),
    ).toBeVisible();
    expect(within(entry("broken-start")).getByText("Error code INSUFFICIENT_QUOTA")).toBeVisible();
    expect(
      within(entry("broken-start")).getByRole("link", { name: "Start failed 2 h ago" }),
    ).toHaveAttribute("href", `/workspaces/${id("broken-start")}#build`);
    expect(items[0]).not.toHaveTextContent("\u001b");

    // Stuck: time in state, queue, no provisioner.
    expect(
      within(entry("cancel-stuck")).getByRole("link", { name: "Canceling for 9 h" }),
    ).toBeVisible();
    expect(
      within(entry("queued-long")).getByRole("link", { name: "Pending for 20 min" }),
    ).toBeVisible();
    expect(within(entry("queued-long")).getByText("3rd in a queue of 5")).toBeVisible();
    expect(within(entry("queued-long")).getByText(/No provisioner available/)).toBeVisible();
    expect(
      within(entry("start-slow")).getByRole("link", { name: "Starting for 45 min" }),
    ).toBeVisible();

    // Unhealthy: which agent and why, which app; each linked to its anchor.
    expect(
      within(entry("unhealthy-run")).getByRole("link", {
        name: "Running with 1 unhealthy agent and 1 unhealthy app",
      }),
    ).toHaveAttribute("href", `/workspaces/${id("unhealthy-run")}#agent-${uuid(9001)}`);
    expect(
      within(entry("unhealthy-run")).getByRole("link", { name: "App VS Code on dev: unhealthy" }),
    ).toHaveAttribute("href", `/workspaces/${id("unhealthy-run")}#app-${uuid(9002)}`);
    expect(
      within(entry("unhealthy-run")).getByText("Agent dev: agent has lost connection"),
    ).toBeVisible();

    // Dormant, soonest deletion first, with the date.
    expect(
      within(entry("dormant-soon")).getByText(
        /Dormant; deleted on 23 Nov 2026, 12:00 UTC \(in 3 d\)/,
      ),
    ).toBeVisible();
    expect(
      within(entry("must-update")).getByText(/the template requires the active version/),
    ).toBeVisible();
    expect(
      within(entry("latency-bad")).getByRole("link", { name: "Poor connection: 421 ms" }),
    ).toHaveAttribute("href", `/workspaces/${id("latency-bad")}#agent-${uuid(9003)}`);
    expect(
      within(entry("latency-bad")).getByText("Agent main: 421 ms to Frankfurt (preferred)"),
    ).toBeVisible();

    // Not problems: fresh in-progress states, healthy running, optional updates, fair latency.
    for (const name of [
      "cancel-fresh",
      "start-ok",
      "fresh-running",
      "old-but-optional",
      "latency-ok",
    ]) {
      expect(screen.queryByRole("link", { name })).not.toBeInTheDocument();
    }
  });

  test("a count per kind, each a link that filters; thresholds come from the URL", async () => {
    serveFleet(problemFleet());
    const { user, router } = renderApp("/workspaces/attention");
    const kinds = await screen.findByRole(
      "navigation",
      { name: "Problems by kind" },
      { timeout: 10_000 },
    );
    expect(within(kinds).getByRole("link", { name: "All problems 9" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(kinds).getByRole("link", { name: "Build failed 1" })).toBeVisible();
    expect(within(kinds).getByRole("link", { name: "Stuck 3" })).toBeVisible();
    expect(within(kinds).getByRole("link", { name: "Running but unhealthy 1" })).toBeVisible();
    expect(within(kinds).getByRole("link", { name: "Dormant 2" })).toBeVisible();
    expect(within(kinds).getByRole("link", { name: "Must update 1" })).toBeVisible();
    expect(within(kinds).getByRole("link", { name: "Poor connection 1" })).toBeVisible();

    await user.click(within(kinds).getByRole("link", { name: "Stuck 3" }));
    await waitFor(() => expect(router.state.location.search).toBe("?kind=stuck"));
    expect(entryNames(await attentionEntries())).toEqual([
      "cancel-stuck",
      "start-slow",
      "queued-long",
    ]);

    // Raise the pending threshold to 30 min and lower starting's to 15: the queue is no longer stuck,
    // the 20-minute start now is.
    await user.click(screen.getByText(/^Stuck after:/));
    const pending = screen.getByLabelText("Pending");
    await user.clear(pending);
    await user.type(pending, "30m");
    const start = screen.getByLabelText("Starting");
    await user.clear(start);
    await user.type(start, "15m");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() =>
      expect(router.state.location.search).toBe("?kind=stuck&stuck_pending=30m&stuck_starting=15m"),
    );
    await waitFor(async () =>
      expect(entryNames(await attentionEntries())).toEqual([
        "cancel-stuck",
        "start-slow",
        "start-ok",
      ]),
    );
  });

  test("a deep link with thresholds opens exactly that view", async () => {
    serveFleet(problemFleet());
    renderApp("/workspaces/attention?kind=stuck&stuck_canceling=10h");
    expect(entryNames(await attentionEntries())).toEqual(["start-slow", "queued-long"]);
    expect(screen.getByText(/^Stuck after:/)).toHaveTextContent("canceling 10h");
  });

  test("the list links to it, and a problem leads to the detail page", async () => {
    const fleet = problemFleet();
    serveFleet(fleet);
    const { user, router } = renderApp("/workspaces");
    await user.click(
      await screen.findByRole("link", { name: /Needs attention/ }, { timeout: 25_000 }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe("/workspaces/attention"));
    await user.click(await screen.findByRole("link", { name: "Canceling for 9 h" }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        `/workspaces/${fleet.find((w) => w.name === "cancel-stuck")?.id ?? ""}`,
      ),
    );
    expect(router.state.location.hash).toBe("#build");
  });
});

describe("the list", () => {
  async function table() {
    const t = await screen.findByRole("table", { name: "Workspaces" });
    await waitFor(() => expect(t).toHaveAttribute("aria-busy", "false"));
    return t;
  }
  const rowOf = (t: HTMLElement, name: string) => {
    const row = within(t)
      .getAllByRole("row")
      .find((r) => within(r).queryByRole("link", { name }));
    if (!row) throw new Error(`no row ${name}`);
    return row;
  };

  test("shows time in state; a stuck state says so in words; a failed row says why", async () => {
    serveFleet(problemFleet());
    const { user } = renderApp("/workspaces");
    const t = await table();
    expect(rowOf(t, "cancel-stuck")).toHaveTextContent("Stuck 9 h");
    expect(rowOf(t, "cancel-fresh")).toHaveTextContent("for 3 min");
    expect(rowOf(t, "cancel-fresh")).not.toHaveTextContent("Stuck");
    expect(rowOf(t, "fresh-running")).toHaveTextContent("for 2 d");
    const failed = rowOf(t, "broken-start");
    expect(failed).toHaveTextContent(
      "[INSUFFICIENT_QUOTA] Error: creating EC2 instance: InsufficientInstanceCapacity",
    );
    // The first line, marked as cut (the error goes on); the full text, ANSI stripped, is one
    // click away.
    const summary = within(failed).getByText(
      "[INSUFFICIENT_QUOTA] Error: creating EC2 instance: InsufficientInstanceCapacity…",
      { selector: "summary" },
    );
    await user.click(summary);
    expect(within(failed).getByText(/on main\.tf line 12/)).toBeVisible();
  });

  test("status sorts by severity, ties by time in state; time in state sorts too", async () => {
    serveFleet(problemFleet());
    const { user, router } = renderApp("/workspaces");
    const t = await table();
    await user.click(within(t).getByRole("button", { name: "Status" }));
    await waitFor(() => expect(router.state.location.search).toBe("?sort=status"));
    const names = () =>
      within(t)
        .getAllByRole("row")
        .slice(1)
        .map((r) => within(r).getAllByRole("link")[0]?.textContent);
    await waitFor(() =>
      expect(names()).toEqual([
        "broken-start",
        // stuck, longest first
        "cancel-stuck",
        "start-slow",
        "queued-long",
        // in progress
        "start-ok",
        "cancel-fresh",
        // running but unhealthy, then running (longest first)
        "unhealthy-run",
        "fresh-running",
        "latency-bad",
        "latency-ok",
        // stopped, longest first
        "dormant-late",
        "dormant-soon",
        "must-update",
        "old-but-optional",
      ]),
    );
    await user.click(within(t).getByRole("button", { name: "In state" }));
    await user.click(within(t).getByRole("button", { name: "In state" }));
    await waitFor(() => expect(router.state.location.search).toBe("?sort=state&dir=desc"));
    await waitFor(() => expect(names()[names().length - 1]).toBe("cancel-fresh"));
  });
});

describe("overview, export and rollups on the list", () => {
  test("the overview's parts filter the list and read as words", async () => {
    serveFleet(problemFleet());
    const { user, router } = renderApp("/workspaces");
    await openOverview(user);
    const overview = await screen.findByRole("region", { name: "Fleet overview" });
    const statuses = await within(overview).findByRole(
      "list",
      { name: "Status of 14 workspaces" },
      { timeout: 25_000 },
    );
    expect(within(statuses).getByRole("button", { name: "Stopped 4" })).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Unhealthy 1" })).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Outdated 2" })).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Dormant 2" })).toBeVisible();
    expect(within(overview).getByText(/Total daily cost/)).toHaveTextContent(
      "Total daily cost: 140 credits",
    );
    expect(within(overview).getByRole("button", { name: "≥ 300 ms 1 agent" })).toBeEnabled();
    expect(within(overview).getByRole("button", { name: "100–150 ms 1 agent" })).toBeEnabled();

    await user.click(within(statuses).getByRole("button", { name: "Failed 1" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=status%3Afailed"));
  });

  test("every part of the overview filters through the one query, not only status", async () => {
    serveFleet(problemFleet());
    const { user, router } = renderApp("/workspaces?q=owner:alice");
    await openOverview(user);
    const overview = await screen.findByRole("region", { name: "Fleet overview" });
    await user.click(
      await within(overview).findByRole("button", { name: /^Outdated \d+/ }, { timeout: 25_000 }),
    );
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get("q")).toBe(
        "owner:alice outdated:true",
      ),
    );
  });

  test("copy CSV takes the filtered, sorted list", async () => {
    serveFleet(problemFleet());
    const { user } = renderApp("/workspaces?status=canceling&sort=state&dir=desc");
    const t = await screen.findByRole("table", { name: "Workspaces" });
    await waitFor(() => expect(within(t).getAllByRole("row")).toHaveLength(3));
    await user.click(screen.getByRole("button", { name: "Copy CSV" }));
    expect(await screen.findByText("Copied 2 workspaces as CSV")).toBeVisible();
    const csv = await navigator.clipboard.readText();
    expect(csv.split("\r\n").map((l) => l.split(",")[0])).toEqual([
      "name",
      "cancel-stuck",
      "cancel-fresh",
      "",
    ]);
    expect(csv).toContain("cancel-stuck,alice,docker,Canceling (stuck),healthy,9 h,32400,");
  });

  test("group by template: counts by status and problems per group, in the URL", async () => {
    const fleet = [
      ...["a", "b", "c"].map((n) =>
        ws({ name: `fail-${n}`, template: "gpu", status: "failed", since: HOUR }),
      ),
      ws({ name: "ok-gpu", template: "gpu", status: "running", since: HOUR }),
      ws({ name: "ok-docker", template: "docker", status: "running", since: HOUR }),
    ];
    serveFleet(fleet);
    const { user, router } = renderApp("/workspaces");
    await screen.findByRole("table", { name: "Workspaces" });
    await user.selectOptions(screen.getByLabelText("Group by"), "template");
    await waitFor(() => expect(router.state.location.search).toBe("?group=template"));
    const groups = await screen.findByRole("table", { name: "Workspaces by template" });
    const rows = within(groups).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^gpu.*4.*Failed ?3.*Running ?1.*3 failed starts$/),
      expect.stringMatching(/^docker.*1.*Running ?1.*No problems$/),
    ]);
  });
});
