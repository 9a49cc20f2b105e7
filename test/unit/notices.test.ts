import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import { agentConnectionTimedOut, agentTree } from "../../src/domain/health";
import { workspaceNotices } from "../../src/domain/notices";
import { maxDeadlineInWords, nextStartInWords } from "../../src/domain/schedule";

const NOW = Date.parse("2026-11-28T12:00:00Z");
const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

function ws(over: Workspace = {}, build: NonNullable<Workspace["latest_build"]> = {}): Workspace {
  return {
    name: "w",
    ...over,
    latest_build: {
      status: "running",
      job: { status: "succeeded" },
      resources: [],
      ...build,
    },
  };
}

const kinds = (w: Workspace) => workspaceNotices(w, NOW).map((n) => n.kind);
const titles = (w: Workspace) => workspaceNotices(w, NOW).map((n) => n.title);

describe("workspaceNotices", () => {
  test("nothing to do: no notices", () => {
    expect(workspaceNotices(ws(), NOW)).toEqual([]);
  });

  test("unhealthy agents, each with its reason and anchor", () => {
    const w = ws(
      { health: { healthy: false, failing_agents: ["a1"] } },
      {
        resources: [
          {
            agents: [
              {
                id: "a1",
                name: "main",
                health: { healthy: false, reason: "agent has lost connection" },
              },
              { id: "a2", name: "ok", health: { healthy: true } },
            ],
          },
        ],
      },
    );
    const [n] = workspaceNotices(w, NOW);
    expect(n).toMatchObject({
      kind: "unhealthy-agent",
      title: "Agent main is unhealthy",
      detail: "Agent has lost connection.",
      anchor: "agent-a1",
      anchorLabel: "Go to agent main",
    });
    expect(kinds(w)).toEqual(["unhealthy-agent"]);
  });

  test("unhealthy agents of a stopped workspace are expected, not notices", () => {
    const w = ws(
      {},
      {
        status: "stopped",
        resources: [{ agents: [{ id: "a", status: "timeout", lifecycle_state: "off" }] }],
      },
    );
    expect(kinds(w)).toEqual([]);
  });

  test("the server says unhealthy but sent no agents", () => {
    const w = ws({ health: { healthy: false, failing_agents: ["x"] } });
    expect(workspaceNotices(w, NOW)[0]).toMatchObject({
      title: "An agent is unhealthy",
      anchor: "agent-x",
    });
  });

  test("dormant: since when, and when it will be deleted", () => {
    const w = ws({ dormant_at: at(-3 * 24 * HOUR), deleting_at: at(27 * 24 * HOUR) });
    const [n] = workspaceNotices(w, NOW);
    expect(n?.title).toBe("Dormant");
    expect(n?.detail).toMatch(/Dormant since .*\(3 d ago\)/);
    expect(n?.detail).toMatch(/It will be deleted on .*\(in 27 d\)\.$/);
    expect(workspaceNotices(ws({ dormant_at: at(-HOUR) }), NOW)[0]?.detail).toMatch(
      /will not be deleted automatically/,
    );
    expect(
      workspaceNotices(ws({ dormant_at: at(-HOUR), deleting_at: at(-60_000) }), NOW)[0]?.detail,
    ).toMatch(/was due for deletion/);
  });

  test("outdated: the active-version requirement and automatic updates say what the next start does", () => {
    const detail = (w: Workspace) => workspaceNotices(w, NOW)[0]?.detail ?? "";
    expect(detail(ws({ outdated: true }))).not.toMatch(/next start/);
    expect(detail(ws({ outdated: true, template_require_active_version: true }))).toMatch(
      /The next start updates it to the active version\.$/,
    );
    expect(detail(ws({ outdated: true, automatic_updates: "always" }))).toMatch(
      /Automatic updates are on/,
    );
  });

  test("a queued job: position in the queue; none available to run it", () => {
    const w = ws(
      {},
      {
        status: "pending",
        job: { status: "pending", queue_position: 3, queue_size: 7 },
        matched_provisioners: { count: 0, available: 0 },
      },
    );
    expect(titles(w)).toEqual(["No provisioner can run this job", "Queued: 3 of 7"]);
    // No position known: just queued.
    expect(titles(ws({}, { status: "pending", job: { status: "pending" } }))).toEqual(["Queued"]);
    // A running job has a provisioner, whatever matched_provisioners says.
    expect(
      kinds(ws({}, { job: { status: "running" }, matched_provisioners: { available: 0 } })),
    ).toEqual([]);
  });

  test.each([
    [
      "REQUIRED_TEMPLATE_VARIABLES",
      "The latest build failed: The template needs variables that are not set",
    ],
    ["INSUFFICIENT_QUOTA", "The latest build failed: Not enough quota"],
    ["NEW_CODE", "The latest build failed: Error code NEW_CODE"],
    [undefined, "The latest build failed"],
  ])("a failed job with error code %s", (code, title) => {
    const w = ws(
      {},
      { status: "failed", job: { status: "failed", error: "boom", error_code: code } },
    );
    expect(workspaceNotices(w, NOW)[0]).toMatchObject({
      kind: "failed",
      title,
      anchor: "build-title",
    });
  });

  test("most urgent first; a deleted workspace has none", () => {
    const w = ws(
      { outdated: true, dormant_at: at(-HOUR) },
      {
        status: "failed",
        job: { status: "failed" },
      },
    );
    expect(kinds(w)).toEqual(["failed", "dormant", "outdated"]);
    expect(kinds(ws({ outdated: true }, { status: "deleted" }))).toEqual([]);
  });
});

describe("agents", () => {
  test("a never-connected agent is judged by the clock as well as its status", () => {
    const base = { status: "connecting", connection_timeout_seconds: 120 };
    expect(agentConnectionTimedOut({ ...base, created_at: at(-HOUR) }, NOW)).toBe(true);
    expect(agentConnectionTimedOut({ ...base, created_at: at(-60_000) }, NOW)).toBe(false);
    expect(
      agentConnectionTimedOut(
        { ...base, created_at: at(-HOUR), connection_timeout_seconds: 0 },
        NOW,
      ),
    ).toBe(false);
    expect(
      agentConnectionTimedOut(
        { ...base, created_at: at(-HOUR), first_connected_at: at(-HOUR) },
        NOW,
      ),
    ).toBe(false);
    expect(agentConnectionTimedOut({ status: "timeout" }, NOW)).toBe(true);
    expect(agentConnectionTimedOut({ status: "connected", created_at: at(-HOUR) }, NOW)).toBe(
      false,
    );
  });

  test("sub-agents go under their parent; an orphan stays on top, marked", () => {
    const tree = agentTree([
      { id: "c", parent_id: "p" },
      { id: "p" },
      { id: "o", parent_id: "missing" },
      { id: "self", parent_id: "self" },
    ]);
    expect(tree.map((n) => [n.agent.id, n.orphan, n.children.map((c) => c.agent.id)])).toEqual([
      ["p", false, ["c"]],
      ["o", true, []],
      ["self", true, []],
    ]);
  });
});

describe("schedule words", () => {
  test("max_deadline only while running; next_start_at", () => {
    expect(maxDeadlineInWords(at(3 * HOUR), "running", NOW)?.text).toMatch(
      /^Must stop by .* \(in 3 h\)$/,
    );
    expect(maxDeadlineInWords(at(3 * HOUR), "stopped", NOW)).toBeUndefined();
    expect(maxDeadlineInWords(undefined, "running", NOW)).toBeUndefined();
    expect(nextStartInWords(at(20 * HOUR), NOW)?.text).toMatch(/^Next start .* \(in 20 h\)$/);
    expect(nextStartInWords("0001-01-01T00:00:00Z", NOW)).toBeUndefined();
  });
});

describe("stuck, explained", () => {
  const stuck = (w: Workspace) => workspaceNotices(w, NOW).filter((n) => n.kind === "stuck");
  const owned = { name: "dev", owner_name: "alice" };

  test("a start job past its limit names the stage, how long against the limit, and the build page", () => {
    const [n, ...rest] = stuck(
      ws(owned, {
        status: "starting",
        build_number: 7,
        job: { status: "running", created_at: at(-2 * HOUR), started_at: at(-2 * HOUR + 60_000) },
      }),
    );
    expect(rest).toEqual([]);
    expect(n?.title).toBe("Stuck: The start job has run for 1 h 59 min");
    expect(n?.detail).toContain("stuck after 30 min");
    expect(n?.href).toBe("/@alice/dev/builds/7");
    expect(n?.hrefLabel).toBe("Build #7 in Coder");
  });

  test("queued: its place in the queue, or that no provisioner can run it", () => {
    const queued = (matched?: { count: number; available: number }) =>
      stuck(
        ws(owned, {
          status: "pending",
          build_number: 2,
          matched_provisioners: matched,
          job: { status: "pending", created_at: at(-HOUR), queue_position: 3, queue_size: 5 },
        }),
      )[0];
    expect(queued()?.title).toBe("Stuck: Queued for 1 h, 3 of 5 in the queue");
    expect(queued()?.detail).toContain("stuck after 10 min");
    expect(queued({ count: 0, available: 0 })?.title).toBe(
      "Stuck: Queued for 1 h: no provisioner can run it",
    );
  });

  test("an agent connecting past its connection timeout; a startup script past its own", () => {
    const running = (agent: NonNullable<Workspace["latest_build"]>["resources"]) =>
      stuck(ws(owned, { status: "running", build_number: 4, resources: agent }));
    const [connecting] = running([
      {
        agents: [
          {
            name: "main",
            status: "connecting",
            lifecycle_state: "created",
            created_at: at(-20 * 60_000),
            connection_timeout_seconds: 120,
          },
        ],
      },
    ]);
    expect(connecting?.title).toBe("Stuck: Agent main has not connected in 20 min");
    expect(connecting?.detail).toContain("Its connection timeout is 2 min");
    const [script] = running([
      {
        agents: [
          {
            name: "main",
            status: "connected",
            lifecycle_state: "starting",
            first_connected_at: at(-HOUR),
            started_at: at(-HOUR),
            scripts: [{ display_name: "Startup", run_on_start: true, timeout: 600 }],
          },
        ],
      },
    ]);
    expect(script?.title).toBe("Stuck: Agent main's startup script has run for 1 h");
    expect(script?.detail).toContain("Its timeout is 10 min");
    // Within its limits: nothing stuck.
    expect(
      running([
        {
          agents: [
            {
              name: "main",
              status: "connecting",
              created_at: at(-60_000),
              connection_timeout_seconds: 120,
            },
          ],
        },
      ]),
    ).toEqual([]);
  });

  test("stopping past its limit", () => {
    const [n] = stuck(
      ws(owned, {
        status: "stopping",
        build_number: 9,
        job: { status: "running", started_at: at(-3 * HOUR) },
      }),
    );
    expect(n?.title).toBe("Stuck: The stop job has run for 3 h");
    expect(n?.href).toBe("/@alice/dev/builds/9");
  });
});
