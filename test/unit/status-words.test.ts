import { describe, expect, test } from "vitest";
import {
  agentLifecycle,
  agentStatus,
  agentStatusHelp,
  appHealth,
  automaticUpdatesLabel,
  buildReason,
  jobErrorCode,
  jobStatus,
  openInLabel,
  reasonLabel,
  sharingLabel,
  transitionLabel,
  WORKSPACE_STATUSES,
  workspaceStatus,
} from "../../src/domain/status";

// Every value the notes list for today's coderd has words; unknown ones stay their own neutral text.

const NOW = Date.parse("2026-11-28T12:00:00Z");

describe("every enum value has words", () => {
  test.each([
    [workspaceStatus, [...WORKSPACE_STATUSES]],
    [jobStatus, ["pending", "running", "succeeded", "canceling", "canceled", "failed", "unknown"]],
    [agentStatus, ["connecting", "connected", "disconnected", "timeout"]],
    [
      agentLifecycle,
      [
        "created",
        "starting",
        "start_timeout",
        "start_error",
        "ready",
        "shutting_down",
        "shutdown_timeout",
        "shutdown_error",
        "off",
      ],
    ],
    [appHealth, ["disabled", "initializing", "healthy", "unhealthy"]],
  ])("%#", (table, values) => {
    for (const v of values) {
      const info = table(v);
      expect(info.known, v).toBe(true);
      expect(info.label, v).not.toBe(v);
    }
  });

  test("unknown values are neutral: the server's word in sentence case, and the raw value kept", () => {
    for (const table of [workspaceStatus, jobStatus, agentStatus, agentLifecycle, appHealth]) {
      expect(table("restarting")).toEqual({
        label: "Restarting",
        tone: "neutral",
        inProgress: false,
        known: false,
        raw: "restarting",
      });
      expect(table("deep_sleep_v2").label).toBe("Deep sleep v2");
      expect(table("constructor")).toMatchObject({ label: "Constructor", known: false });
      expect(table(undefined)).toMatchObject({ label: "Unknown", known: false });
      expect(table("")).toMatchObject({ label: "Unknown", known: false });
    }
  });

  test("transitions: coderd's three, and an unknown one as the server's word", () => {
    expect(["start", "stop", "delete"].map(transitionLabel)).toEqual(["Start", "Stop", "Delete"]);
    expect(transitionLabel("teleport")).toBe("Teleport");
    expect(transitionLabel(undefined)).toBe("Unknown");
  });

  test("build reasons say who and how", () => {
    const user = [
      "initiator",
      "dashboard",
      "cli",
      "ssh_connection",
      "vscode_connection",
      "jetbrains_connection",
      "task_manual_pause",
      "task_resume",
    ];
    const coder = ["autostart", "autostop", "dormancy", "task_auto_pause"];
    for (const r of user) expect(buildReason(r).by, r).toBe("user");
    for (const r of coder) expect(buildReason(r).by, r).toBe("coder");
    expect(buildReason("dashboard").label).toBe("A user, from the dashboard");
    expect(buildReason("ssh_connection").label).toBe("A user, by an SSH connection");
    expect(buildReason("later")).toEqual({ by: "unknown", label: "later", known: false });
    expect(buildReason(undefined).label).toBe("Not reported");
    // The list's "Start <reason>": never "Start dashboard".
    expect(reasonLabel("dashboard")).toBe("by a user, from the dashboard");
    expect(reasonLabel("autostart")).toBe("by Coder, on the autostart schedule");
    expect(reasonLabel("later")).toBe("(reason: later)");
    expect(reasonLabel(undefined)).toBe("");
  });

  test("sharing, open_in, automatic updates, error codes", () => {
    expect(sharingLabel("organization")).toBe("Members of the organization");
    expect(sharingLabel("friends")).toBe("friends");
    expect(openInLabel("slim-window")).toBe("Opens in a slim window");
    expect(openInLabel("tab")).toBe("Opens in a browser tab");
    expect(openInLabel("popup")).toBe("popup");
    expect(automaticUpdatesLabel("always")).toMatch(/^On/);
    expect(automaticUpdatesLabel("never")).toMatch(/^Off/);
    expect(automaticUpdatesLabel(undefined)).toBe("Not reported");
    expect(jobErrorCode("INSUFFICIENT_QUOTA").label).toBe("Not enough quota");
    expect(jobErrorCode("REQUIRED_TEMPLATE_VARIABLES").label).toBe(
      "The template needs variables that are not set",
    );
    expect(jobErrorCode("toString")).toEqual({ label: "Error code toString", known: false });
  });
});

describe("agentStatusHelp", () => {
  const created = new Date(NOW - 3_600_000).toISOString();
  test("never 'still within its connection timeout' once past it", () => {
    const help = agentStatusHelp(
      { status: "connecting", created_at: created, connection_timeout_seconds: 120 },
      "running",
      NOW,
    );
    expect(help).toMatch(/timed out/);
    expect(help).not.toMatch(/still within/);
  });
  test("within the timeout, without one, timed out while stopped", () => {
    expect(
      agentStatusHelp(
        {
          status: "connecting",
          created_at: new Date(NOW - 5000).toISOString(),
          connection_timeout_seconds: 120,
        },
        "running",
        NOW,
      ),
    ).toMatch(/still within its connection timeout/);
    expect(
      agentStatusHelp({ status: "connecting", connection_timeout_seconds: 0 }, "running", NOW),
    ).toMatch(/no connection timeout/);
    expect(agentStatusHelp({ status: "timeout" }, "stopped", NOW)).toMatch(/This is expected/);
    expect(agentStatusHelp({ status: "weird" }, "running", NOW)).toMatch(/does not know/);
  });
});
