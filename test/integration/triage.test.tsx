import { screen, waitFor, within } from "@testing-library/react";
import { openOverview } from "../folds";
import { describe, expect, test } from "vitest";
import { agent, ahead, app, DAY, HOUR, MIN, NOW, serveFleet, uuid, ws } from "../craftedTriage";
import { renderApp } from "../render";
import { fixTheClock } from "../fixedClock";

fixTheClock(NOW);

async function attentionEntries() {
  const list = await screen.findByRole(
    "list",
    { name: /^Problems by cause$|^[A-Z]/ },
    { timeout: 10_000 },
  );
  // Workspaces carry a level-3 heading, their groups a level-2 one.
  return within(list)
    .getAllByRole("listitem")
    .filter(
      (li) => within(li).queryByRole("heading", { level: 3 }) !== null && li.dataset.workspace,
    );
}

function entryNames(items: HTMLElement[]) {
  return items.map((li) => within(li).getByRole("heading", { level: 3 }).textContent);
}

const failedError =
  "\u001b[31mError: creating EC2 instance: InsufficientInstanceCapacity\u001b[0m\n  on main.tf line 12\nmore";

function problemFleet() {
  const sick = agent({
    id: uuid(9001),
    name: "dev",
    status: "disconnected",
    health: { healthy: false, reason: "agent has lost connection" },
    apps: [
      app({ id: uuid(9002), slug: "code-server", display_name: "VS Code", health: "unhealthy" }),
    ],
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
      // The same workspace again, under its own kind: an app failing its health check.
      "unhealthy-run",
      "dormant-soon",
      "dormant-late",
      "must-update",
      "latency-bad",
    ]);
    const entry = (name: string, nth = 0) => {
      const found = items.filter((li) => within(li).queryByRole("heading", { name }))[nth];
      if (!found) throw new Error(`no entry ${name}`);
      return found;
    };
    const id = (name: string) => fleet.find((w) => w.name === name)?.id ?? "";

    // Failed: grouped under the job error's first line, ANSI stripped, with its error code.
    expect(
      screen.getByRole("heading", {
        level: 2,
        name: "Start failed: [INSUFFICIENT_QUOTA] Error: creating EC2 instance: InsufficientInstanceCapacity",
      }),
    ).toBeVisible();
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

    // Unhealthy, as the list marks it: which agent and why. The failing app is its own kind.
    expect(
      within(entry("unhealthy-run")).getByRole("link", { name: "Unhealthy: 1 agent failing" }),
    ).toHaveAttribute("href", `/workspaces/${id("unhealthy-run")}#agent-${uuid(9001)}`);
    expect(
      within(entry("unhealthy-run")).getByText("Agent dev: agent has lost connection"),
    ).toBeVisible();
    expect(
      within(entry("unhealthy-run", 1)).getByRole("link", {
        name: "1 app failing its health check",
      }),
    ).toHaveAttribute("href", `/workspaces/${id("unhealthy-run")}#app-${uuid(9002)}`);
    expect(
      within(entry("unhealthy-run", 1)).getByText("App VS Code on dev: health check failing"),
    ).toBeVisible();
    expect(screen.queryByText(/unhealthy app/i)).not.toBeInTheDocument();

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
    expect(within(kinds).getByRole("link", { name: "Unhealthy 1" })).toBeVisible();
    expect(within(kinds).getByRole("link", { name: "App health check failing 1" })).toBeVisible();
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
    // Both starts are now stuck for one cause: one group of two, folded.
    expect(
      await screen.findByRole("heading", { level: 2, name: "Starting past 15 min" }),
    ).toBeVisible();
    expect(screen.getAllByText(/Stuck \(High\) · docker ·/).map((e) => e.textContent)).toEqual([
      "Stuck (High) · docker · 2 workspaces",
      "Stuck (High) · docker · 1 workspace",
    ]);
    expect(entryNames(await attentionEntries())).toEqual(["cancel-stuck"]);
  });

  test("problems with one cause fold into one group with a count, opened a page at a time", async () => {
    const applyFailed = Array.from({ length: 45 }, (_, i) =>
      ws({
        name: `apply-${String(i).padStart(2, "0")}`,
        template: "aws",
        status: "failed",
        since: HOUR + i * MIN,
        job: { error: "terraform apply: exit status 1\nmore" },
      }),
    );
    serveFleet([
      ...applyFailed,
      // Same error, other template: its own group.
      ws({
        name: "k8s-apply",
        template: "k8s",
        status: "failed",
        since: HOUR,
        job: { error: "terraform apply: exit status 1" },
      }),
      ws({ name: "fine", status: "running", since: HOUR }),
    ]);
    const { user, router } = renderApp("/workspaces/attention");
    const kinds = await screen.findByRole(
      "navigation",
      { name: "Problems by kind" },
      { timeout: 10_000 },
    );
    expect(within(kinds).getByRole("link", { name: "Build failed 46" })).toBeVisible();
    const groups = await screen.findByRole("list", { name: "Problems by cause" });
    expect(screen.getByText("46 workspaces in 2 groups by cause.")).toBeVisible();
    const big = within(groups)
      .getAllByRole("listitem")
      .find((li) => li.dataset.group && within(li).queryByText("45 workspaces"));
    if (!big) throw new Error("no group of 45");
    expect(within(big).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Start failed: terraform apply: exit status 1",
    );
    expect(big).toHaveTextContent("Build failed (Critical) · aws · 45 workspaces");
    // Folded: no workspace of it is drawn until it is opened.
    expect(within(big).queryByRole("heading", { level: 3 })).not.toBeInTheDocument();

    await user.click(within(big).getByRole("button", { name: "Show the 45 workspaces" }));
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?group=[0-9a-z]+$/));
    const members = await within(big).findByRole("list", {
      name: "Workspaces: Start failed: terraform apply: exit status 1",
    });
    const names = () =>
      within(members)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent);
    // Longest failed first, twenty to a page.
    expect(names()).toHaveLength(20);
    expect(names()[0]).toBe("apply-44");
    expect(within(big).getByText("1–20 of 45")).toBeVisible();
    await user.click(within(big).getByRole("button", { name: "Next" }));
    await user.click(within(big).getByRole("button", { name: "Next" }));
    expect(within(big).getByText("41–45 of 45")).toBeVisible();
    expect(names()).toEqual(["apply-04", "apply-03", "apply-02", "apply-01", "apply-00"]);
    expect(within(big).getByRole("button", { name: "Hide the workspaces" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });

  test("a latency range from the overview opens as a chip in words", async () => {
    serveFleet(problemFleet());
    renderApp("/workspaces/attention?kind=latency&min_ms=100&max_ms=150");
    expect(entryNames(await attentionEntries())).toEqual(["latency-ok"]);
    expect(screen.getByText("latency 100–150 ms")).toBeVisible();
    const kinds = screen.getByRole("navigation", { name: "Problems by kind" });
    expect(within(kinds).getByRole("link", { name: "Poor connection 1" })).toHaveAttribute(
      "aria-current",
      "page",
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
      await screen.findByRole("link", { name: /Needs attention/ }, { timeout: 30_000 }),
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
    // A queued build says its place in the queue, as Coder's own list does.
    expect(rowOf(t, "queued-long")).toHaveTextContent("Position in queue: 3 of 5 · Stuck 20 min");
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
    // A latency bar opens Needs attention for its range, in words.
    expect(
      within(overview).getByRole("link", { name: "≥ 300 ms 1 agent in 1 workspace" }),
    ).toHaveAttribute("href", "/workspaces/attention?kind=latency&min_ms=300");
    expect(
      within(overview).getByRole("link", { name: "100–150 ms 1 agent in 1 workspace" }),
    ).toHaveAttribute("href", "/workspaces/attention?kind=latency&min_ms=100&max_ms=150");

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
    await user.click(await screen.findByRole("button", { name: "Copy CSV" }));
    expect(await screen.findByText("Copied 2 workspaces as CSV")).toBeVisible();
    const csv = await navigator.clipboard.readText();
    expect(csv.split("\r\n").map((l) => l.split(",")[1])).toEqual([
      "name",
      "cancel-stuck",
      "cancel-fresh",
      undefined,
    ]);
    // Health is said of running workspaces only, as the list marks them; status is coderd's word,
    // and that it is stuck is triage's.
    expect(csv).toMatch(/,cancel-stuck,http[^,]+,alice,docker,canceling,,Stuck,9 h,32400,/);
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
