import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import {
  ago,
  craftAgent,
  craftApp,
  craftScript,
  craftWorkspace,
  inFuture,
  serveWorkspace,
} from "../crafted";
import { anchorTarget, factValue } from "../queries";
import { renderApp } from "../render";
import type { WireWorkspace } from "../../mocks/wire";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function show(w: WireWorkspace) {
  serveWorkspace(w);
  const utils = renderApp(`/workspaces/${w.id}`);
  // The first render of a file pays for module loading on a busy machine.
  await screen.findByRole("heading", { level: 1, name: w.name }, { timeout: 5000 });
  // The resources render just after the header, in a render that yields to input.
  await screen.findByRole(
    "heading",
    { level: 2, name: /^Resources \(\d+\)$/ },
    { timeout: 10_000 },
  );
  return utils;
}

function notices() {
  return screen.getByRole("list", { name: "Needs attention" });
}

function notice(title: string | RegExp) {
  const item = within(notices())
    .getAllByRole("listitem")
    .find((li) =>
      typeof title === "string" ? li.textContent.includes(title) : title.test(li.textContent),
    );
  if (!item) throw new Error(`no notice ${String(title)}`);
  return item;
}

describe("notices: what needs action", () => {
  test("unhealthy agents, with their reasons and a link to each; the header says Unhealthy", async () => {
    const sick = craftAgent({
      name: "main",
      status: "disconnected",
      health: { healthy: false, reason: "agent has lost connection" },
    });
    const w = craftWorkspace({ agents: [sick, craftAgent({ name: "sidecar" })] });
    const { user, router } = await show(w);
    expect(notice("Agent main is unhealthy")).toHaveTextContent("Agent has lost connection.");
    expect(screen.queryByText("Agent sidecar is unhealthy")).not.toBeInTheDocument();
    // The status is not a lone "Running".
    expect(screen.getByRole("group", { name: "Workspace status" })).toHaveTextContent(
      /^Running\s*Unhealthy$/,
    );
    await user.click(within(notice("Agent main")).getByRole("link", { name: "Go to agent main" }));
    expect(router.state.location.hash).toBe(`#agent-${sick.id}`);
    await waitFor(() => expect(anchorTarget(`agent-${sick.id}`)).toHaveFocus());
    // The agent's card names the reason too.
    expect(screen.getByText("agent has lost connection")).toBeInTheDocument();
  });

  test("an old server without health: the same rules from status and lifecycle", async () => {
    const w = craftWorkspace({
      agents: [
        craftAgent({ health: undefined, status: "connected", lifecycle_state: "start_error" }),
      ],
      workspace: { health: undefined },
    });
    await show(w);
    expect(notice("Agent main is unhealthy")).toHaveTextContent(
      "Agent startup script exited with an error.",
    );
    expect(screen.getAllByText("Unhealthy").length).toBeGreaterThan(0);
  });

  test("a stopped workspace's agents are not news", async () => {
    const w = craftWorkspace({
      agents: [
        craftAgent({
          status: "timeout",
          lifecycle_state: "off",
          health: { healthy: false, reason: "agent is not running" },
        }),
      ],
      build: { status: "stopped", transition: "stop" },
    });
    await show(w);
    expect(screen.queryByRole("list", { name: "Needs attention" })).not.toBeInTheDocument();
    expect(screen.queryByText("Unhealthy")).not.toBeInTheDocument();
  });

  test("dormant, with the date it will be deleted", async () => {
    const w = craftWorkspace({
      build: { status: "stopped", transition: "stop", reason: "dormancy" },
      workspace: { dormant_at: ago(3 * DAY), deleting_at: inFuture(27 * DAY) },
    });
    await show(w);
    const n = notice("Dormant");
    expect(n).toHaveTextContent(/Dormant since .* \(3 d ago\)/);
    expect(n).toHaveTextContent(/It will be deleted on .* \(in 2\d d/);
    expect(factValue("Reason")).toHaveTextContent("Coder, because the workspace went dormant");
  });

  test("dormant without a deletion date", async () => {
    await show(craftWorkspace({ workspace: { dormant_at: ago(DAY), deleting_at: null } }));
    expect(notice("Dormant")).toHaveTextContent("It will not be deleted automatically.");
  });

  test("outdated, and the next start updates it when the template requires the active version", async () => {
    await show(
      craftWorkspace({ workspace: { outdated: true, template_require_active_version: true } }),
    );
    expect(notice("Outdated")).toHaveTextContent(
      "The next start updates it to the active version.",
    );
  });

  test("outdated without the requirement says only that", async () => {
    await show(craftWorkspace({ workspace: { outdated: true } }));
    expect(notice("Outdated")).not.toHaveTextContent("next start");
  });

  test("a queued build: its place in the queue, and no provisioner to run it", async () => {
    await show(
      craftWorkspace({
        agents: [],
        build: {
          status: "pending",
          resources: [],
          matched_provisioners: { count: 0, available: 0 },
        },
        job: {
          status: "pending",
          queue_position: 3,
          queue_size: 7,
          started_at: undefined,
          completed_at: undefined,
        },
      }),
    );
    expect(notice("Queued: 3 of 7")).toBeInTheDocument();
    expect(notice("No provisioner can run this job")).toHaveTextContent(
      "No provisioner matches this job's tags.",
    );
  });

  test("provisioners match but none is available", async () => {
    await show(
      craftWorkspace({
        build: {
          status: "pending",
          matched_provisioners: { count: 2, available: 0, most_recently_seen: ago(3 * HOUR) },
        },
        job: { status: "pending", queue_position: 1, queue_size: 1 },
      }),
    );
    expect(notice("No provisioner can run this job")).toHaveTextContent(
      "2 provisioners match its tags, but none is available (last seen 3 h ago)",
    );
  });

  test.each([
    ["REQUIRED_TEMPLATE_VARIABLES", "The template needs variables that are not set"],
    ["INSUFFICIENT_QUOTA", "Not enough quota"],
    ["SOMETHING_NEW", "Error code SOMETHING_NEW"],
  ])("a failed job's error code %s in words", async (code, words) => {
    await show(
      craftWorkspace({
        build: { status: "failed", resources: [] },
        job: { status: "failed", error: "terraform apply failed", error_code: code },
      }),
    );
    expect(notice(`The latest build failed: ${words}`)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("terraform apply failed");
  });

  test("a healthy, current workspace has no notices", async () => {
    await show(craftWorkspace());
    expect(screen.queryByRole("list", { name: "Needs attention" })).not.toBeInTheDocument();
    expect(screen.queryByText("Unhealthy")).not.toBeInTheDocument();
  });
});

describe("agents", () => {
  const tokyo = {
    Tokyo: { latency_ms: 73, preferred: true },
    Frankfurt: { latency_ms: 210, preferred: false },
  };

  test("a connected agent's latency is current", async () => {
    await show(craftWorkspace({ agents: [craftAgent({ latency: tokyo })] }));
    expect(screen.getByText(/^Preferred region:/)).toHaveTextContent(
      /^Preferred region: Tokyo \(73 ms\)$/,
    );
    expect(screen.queryByText(/Last measured before/)).not.toBeInTheDocument();
  });

  test("an agent disconnected 35 min ago: its latency says its age", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            status: "disconnected",
            last_connected_at: ago(35 * 60_000),
            disconnected_at: ago(34 * 60_000),
            latency: tokyo,
          }),
        ],
      }),
    );
    expect(screen.getByText(/^Preferred region:/)).toHaveTextContent(
      "Preferred region: Tokyo (73 ms, 35 min old)",
    );
    expect(
      screen.getByText("Last measured before the agent lost its connection, 35 min ago."),
    ).toBeInTheDocument();
  });

  test("a disconnected agent's latency of unknown age is not shown", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            status: "disconnected",
            last_connected_at: undefined,
            disconnected_at: undefined,
            latency: tokyo,
          }),
        ],
      }),
    );
    expect(screen.queryByText(/Preferred region/)).not.toBeInTheDocument();
    expect(screen.queryByText(/73 ms/)).not.toBeInTheDocument();
    expect(screen.getByText(/No current latency: the agent is not connected/)).toBeInTheDocument();
  });

  test.each([
    ["created", "Created"],
    ["starting", "Starting"],
    ["ready", "Ready"],
    ["start_timeout", "Start timed out"],
    ["start_error", "Start error"],
    ["shutting_down", "Shutting down"],
    ["shutdown_timeout", "Shutdown timed out"],
    ["shutdown_error", "Shutdown error"],
    ["off", "Off"],
    ["hibernating", "Hibernating"],
  ])("lifecycle %s reads %s, beside the connection status", async (state, words) => {
    await show(craftWorkspace({ agents: [craftAgent({ lifecycle_state: state })] }));
    const resource = screen.getByRole("article", { name: "Resource dev" });
    expect(resource).toHaveTextContent(`Agent mainConnection: ConnectedLifecycle: ${words}`);
  });

  test("scripts: name, when each runs, login blocking, timeout; the text folded, as text", async () => {
    const { user } = await show(
      craftWorkspace({
        agents: [
          craftAgent({
            scripts: [
              craftScript({
                display_name: "Install tools",
                script: "#!/bin/sh\necho '<b>hi</b>'",
                run_on_start: true,
                start_blocks_login: true,
                timeout: 300,
              }),
              craftScript({
                display_name: "Backup",
                script: "rsync -a ~ /backup",
                cron: "0 0 * * * *",
                run_on_stop: true,
              }),
            ],
          }),
        ],
      }),
    );
    expect(screen.getByText("Scripts (2)")).toBeInTheDocument();
    expect(
      screen.getByText("Runs on start · Blocks login until it finishes · Timeout 5 min"),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Runs on stop · Does not block login · No timeout"),
    ).toBeInTheDocument();
    expect(screen.getByText("0 0 * * * *")).toBeInTheDocument();
    const script = screen.getByLabelText("Script Install tools");
    expect(script).not.toBeVisible();
    const [firstSummary] = screen.getAllByText("Show the script");
    if (!firstSummary) throw new Error("no script summary");
    await user.click(firstSummary);
    expect(script).toBeVisible();
    expect(script).toHaveTextContent("echo '<b>hi</b>'");
    expect(within(script).queryByText("hi")).not.toBeInTheDocument();
  });

  test("an old server's startup_script still shows", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            scripts: undefined,
            startup_script: "apt-get install -y git",
            startup_script_behavior: "blocking",
          }),
        ],
      }),
    );
    expect(screen.getByText("Startup script", { selector: "p" })).toBeInTheDocument();
    expect(screen.getByText("Runs on start · Blocks login until it finishes")).toBeInTheDocument();
    expect(screen.getByLabelText("Script Startup script")).toHaveTextContent(
      "apt-get install -y git",
    );
  });

  test("a never-connected agent past its timeout is timed out, even if the answer says connecting", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            status: "connecting",
            lifecycle_state: "created",
            health: { healthy: false, reason: "agent has not yet connected" },
            created_at: ago(HOUR),
            first_connected_at: undefined,
            last_connected_at: undefined,
            connection_timeout_seconds: 120,
          }),
        ],
      }),
    );
    expect(screen.getByText(/it timed out/)).toBeInTheDocument();
    expect(screen.queryByText(/still within its connection timeout/)).not.toBeInTheDocument();
    expect(screen.getAllByText("Timed out").length).toBeGreaterThan(0);
  });

  test("a just-created agent is still within its connection timeout", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            status: "connecting",
            created_at: ago(10_000),
            first_connected_at: undefined,
            connection_timeout_seconds: 120,
          }),
        ],
      }),
    );
    expect(screen.getByText(/still within its connection timeout/)).toBeInTheDocument();
  });

  test("status timeout reads timed out", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            status: "timeout",
            first_connected_at: undefined,
            health: { healthy: false, reason: "agent is taking too long to connect" },
          }),
        ],
      }),
    );
    expect(screen.getByText(/The agent never connected .* it timed out/)).toBeInTheDocument();
  });

  test("sub-agents show under their parent, marked", async () => {
    const parent = craftAgent({ name: "main" });
    const child = craftAgent({ name: "devcontainer", parent_id: parent.id });
    const orphan = craftAgent({ name: "stray", parent_id: "00000000-0000-4000-8000-999999999999" });
    await show(craftWorkspace({ agents: [child, parent, orphan] }));
    const group = screen.getByRole("group", { name: "Sub-agents of main" });
    expect(within(group).getByRole("heading", { name: "Agent devcontainer" })).toBeInTheDocument();
    expect(within(group).getByText("Sub-agent of main")).toBeInTheDocument();
    expect(screen.getByText("Sub-agent")).toBeInTheDocument();
  });
});

describe("apps", () => {
  test("hidden apps fold away; group, external URL and how it opens are shown", async () => {
    const { user } = await show(
      craftWorkspace({
        agents: [
          craftAgent({
            apps: [
              craftApp({
                display_name: "Docs",
                external: true,
                url: "https://docs.example.com/",
                group: "Help",
                open_in: "tab",
              }),
              craftApp({ display_name: "Secret A", slug: "a", hidden: true }),
              craftApp({ display_name: "Secret B", slug: "b", hidden: true }),
              craftApp({
                display_name: "Desktop",
                slug: "d",
                external: true,
                url: "javascript:alert(1)",
              }),
            ],
          }),
        ],
      }),
    );
    expect(screen.getByText(/Group: Help/)).toBeInTheDocument();
    expect(screen.getByText("https://docs.example.com/")).toBeInTheDocument();
    expect(screen.getByText(/Opens in a browser tab/)).toBeInTheDocument();
    expect(screen.getByText(/its address is not a web link/)).toBeInTheDocument();
    expect(screen.queryByText(/javascript:/)).not.toBeInTheDocument();
    expect(screen.queryByText("Secret A")).not.toBeInTheDocument();
    const toggle = screen.getByRole("button", { name: "Show 2 hidden apps" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(screen.getByText("Secret A")).toBeInTheDocument();
    expect(screen.getAllByText(/Hidden in Coder's own dashboard/)).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Hide 2 hidden apps" }));
    expect(screen.queryByText("Secret B")).not.toBeInTheDocument();
  });

  test("a deep link to a hidden app unfolds it", async () => {
    const app = craftApp({ display_name: "Secret", hidden: true });
    const w = craftWorkspace({ agents: [craftAgent({ apps: [app] })] });
    serveWorkspace(w);
    renderApp(`/workspaces/${w.id}#app-${app.id}`);
    expect(await screen.findByText("Secret")).toBeInTheDocument();
  });

  test("sharing with the organization is in words", async () => {
    await show(
      craftWorkspace({
        agents: [craftAgent({ apps: [craftApp({ sharing_level: "organization" })] })],
      }),
    );
    expect(screen.getByText(/Shared with: Members of the organization/)).toBeInTheDocument();
  });
});

describe("schedule", () => {
  test("the hard limit, the next start and the deadline, in words", async () => {
    await show(
      craftWorkspace({
        build: { deadline: inFuture(2 * HOUR), max_deadline: inFuture(6 * HOUR) },
        workspace: {
          autostart_schedule: "CRON_TZ=Europe/Paris 30 9 * * 1-5",
          next_start_at: inFuture(20 * HOUR),
          automatic_updates: "always",
        },
      }),
    );
    expect(factValue("Deadline")).toHaveTextContent(/Stops in (1 h 59 min|2 h)/);
    expect(factValue("Deadline")).toHaveTextContent(/Must stop by .* \(in (5 h 59 min|6 h)\)/);
    expect(factValue("Autostart")).toHaveTextContent("Weekdays at 09:30, Europe/Paris");
    expect(factValue("Autostart")).toHaveTextContent(/Next start .* \(in (19 h 59 min|20 h)\)/);
    expect(factValue("Automatic updates")).toHaveTextContent("On: each start uses");
  });

  // coderd leaves `deadline` set on builds that are not on: the countdown runs only while it is.
  test.each([
    ["stopped", { status: "stopped", transition: "stop" }, "succeeded"],
    ["pending", { status: "pending", transition: "start" }, "pending"],
    ["starting", { status: "starting", transition: "start" }, "running"],
    ["failed", { status: "failed", transition: "start" }, "failed"],
    ["canceled", { status: "canceled", transition: "start" }, "canceled"],
  ] as const)(
    "a %s workspace with a deadline says its autostop delay, not a countdown",
    async (_, build, job) => {
      await show(
        craftWorkspace({
          build: { ...build, deadline: inFuture(5 * HOUR + 38 * 60_000) },
          job: { status: job },
          workspace: { ttl_ms: 8 * HOUR },
        }),
      );
      expect(factValue("Deadline")).toHaveTextContent("Stops 8 h after start");
      expect(factValue("Deadline")).not.toHaveTextContent(/Stops in/);
    },
  );

  test("a dormant, stopped workspace without autostop: nothing counts down", async () => {
    await show(
      craftWorkspace({
        build: { status: "stopped", transition: "stop", deadline: inFuture(HOUR) },
        workspace: { dormant_at: ago(2 * DAY), ttl_ms: undefined },
      }),
    );
    expect(factValue("Deadline")).toHaveTextContent("No automatic stop");
  });

  test("an old server's deadline {time, valid}", async () => {
    await show(craftWorkspace({ build: { deadline: { time: inFuture(HOUR), valid: true } } }));
    expect(factValue("Deadline")).toHaveTextContent(/Stops in (59 min|1 h)/);
    expect(factValue("Deadline")).not.toHaveTextContent("Must stop by");
  });
});

describe("enum words", () => {
  test.each([
    ["initiator", "A user, through the API"],
    ["dashboard", "A user, from the dashboard"],
    ["cli", "A user, from the CLI"],
    ["ssh_connection", "A user, by an SSH connection"],
    ["vscode_connection", "A user, by a VS Code connection"],
    ["jetbrains_connection", "A user, by a JetBrains connection"],
    ["autostart", "Coder, on the autostart schedule"],
    ["autostop", "Coder, at the autostop deadline"],
    ["task_auto_pause", "Coder, pausing an idle task"],
    ["task_manual_pause", "A user, pausing a task"],
    ["task_resume", "A user, resuming a task"],
    ["teleport", "teleport"],
  ])("build reason %s reads %s", async (reason, words) => {
    await show(craftWorkspace({ build: { reason } }));
    expect(factValue("Reason")).toHaveTextContent(words);
    expect(factValue("Transition")).toHaveTextContent(/^Start$/);
  });

  test("unknown values stay neutral text; a job status 'unknown' has words", async () => {
    await show(
      craftWorkspace({
        agents: [
          craftAgent({
            status: "sleeping",
            lifecycle_state: "dreaming",
            apps: [craftApp({ health: "meh", open_in: "popup", sharing_level: "friends" })],
          }),
        ],
        job: { status: "unknown" },
        workspace: { automatic_updates: "sometimes" },
      }),
    );
    // Statuses: the server's own word, capitalised, with its raw form on hover.
    expect(
      screen.getByTitle("The server says “sleeping”, a status this dashboard does not know"),
    ).toHaveTextContent(/^Sleeping$/);
    expect(screen.getByText("Dreaming")).toBeInTheDocument();
    expect(screen.getByText("Meh")).toBeInTheDocument();
    expect(screen.queryByText("sleeping")).not.toBeInTheDocument();
    expect(screen.getByText(/popup/)).toBeInTheDocument();
    expect(screen.getByText(/Shared with: friends/)).toBeInTheDocument();
    expect(factValue("Automatic updates")).toHaveTextContent("sometimes");
    expect(
      within(screen.getByRole("region", { name: "Latest build" })).getByText("Unknown"),
    ).toBeInTheDocument();
  });

  test("odd and null fields never crash", async () => {
    const w = craftWorkspace({
      agents: [
        // The served body below replaces these agents with odd ones.
        craftAgent({ health: undefined, lifecycle_state: undefined, parent_id: null }),
      ],
    });
    serveWorkspace({
      ...w,
      health: null,
      dormant_at: null,
      deleting_at: null,
      next_start_at: null,
      latest_build: {
        ...w.latest_build,
        max_deadline: null,
        matched_provisioners: null,
        job: { status: "pending", queue_position: "x", error_code: 7 },
        resources: [
          { agents: [{ scripts: null, health: null, parent_id: null, apps: [{ hidden: "yes" }] }] },
        ],
      },
    });
    renderApp(`/workspaces/${w.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: "crafted" })).toBeInTheDocument();
    expect(notice("Queued")).toBeInTheDocument();
    expect(await screen.findByText("Unnamed app")).toBeInTheDocument();
  });
});
