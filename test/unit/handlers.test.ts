import { describe, expect, test } from "vitest";
import { mockBackend } from "../../mocks/node";
import {
  OWNERS,
  ORGANIZATIONS,
  TEMPLATES,
  VARIANTS,
  generateFleet,
  type FleetWorkspace,
} from "../../mocks/fleet";
import type { WireAgent, WireWorkspace } from "../../mocks/wire";
import { fixture } from "../fixtures";

// The mock handlers are the demo backend: a server that reads what a deployed coderd reads (q, limit,
// offset, after_id) and nothing else, pages and orders as today's coderd, and answers the detail
// endpoint's 400/404/410.

async function list(query: string) {
  const res = await fetch(`http://localhost/api/v2/workspaces${query}`);
  const body = (await res.json()) as {
    count: number;
    workspaces: {
      name: string;
      owner_name: string;
      template_name: string;
      latest_build: { status: string };
    }[];
  };
  return { status: res.status, ...body };
}

describe("GET /workspaces filters", () => {
  test("without a filter it lists every workspace that is not deleted", async () => {
    const all = mockBackend.entries();
    const res = await list("");
    expect(res.count).toBe(all.filter((e) => !e.deleted).length);
    expect(res.workspaces.map((w) => w.latest_build.status)).not.toContain("deleted");
  });

  test("owner matches exactly, from q", async () => {
    for (const query of ["?q=owner:alice", '?q=owner:"ALICE"']) {
      const res = await list(query);
      expect(res.count).toBeGreaterThan(0);
      expect(new Set(res.workspaces.map((w) => w.owner_name))).toEqual(new Set(["alice"]));
    }
    expect((await list("?q=owner:ali")).count).toBe(0);
  });

  test("the early reference's parameters are ignored, as a deployed coderd ignores them", async () => {
    const all = (await list("")).count;
    for (const query of [
      "?owner=alice",
      "?owner=me",
      "?owner=nobody",
      "?status=failed",
      "?template=docker-dev",
      "?name=zzz",
      "?has_agent=false",
      "?deleted=true",
    ]) {
      expect((await list(query)).count).toBe(all);
    }
    const deleted = await list("?deleted=true&limit=0");
    expect(deleted.workspaces.map((w) => w.latest_build.status)).not.toContain("deleted");
  });

  test("template matches the template name exactly; name is a substring", async () => {
    const byTemplate = await list("?q=template:docker-dev");
    expect(new Set(byTemplate.workspaces.map((w) => w.template_name))).toEqual(
      new Set(["docker-dev"]),
    );
    const byName = await list("?q=name:server");
    expect(byName.workspaces.map((w) => w.name)).toContain("api-server");
    expect(byName.workspaces.every((w) => w.name.includes("server"))).toBe(true);
  });

  test("status, a bare word and owner/name in q", async () => {
    const failed = await list("?q=status:failed");
    expect(failed.count).toBeGreaterThan(0);
    expect(failed.workspaces.every((w) => w.latest_build.status === "failed")).toBe(true);
    expect((await list("?q=server")).workspaces.map((w) => w.name)).toContain("api-server");
    expect(
      (await list("?q=alice/api-server")).workspaces.map((w) => `${w.owner_name}/${w.name}`),
    ).toEqual(["alice/api-server"]);
  });

  test("has-agent:<status> in q", async () => {
    const connecting = await list("?q=has-agent:connecting");
    expect(connecting.workspaces.map((w) => w.name)).toContain("gpu-box");
  });

  test("an unknown key in q is a 400 with validations", async () => {
    const res = await fetch("http://localhost/api/v2/workspaces?q=colour:blue");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ validations: [{ field: "colour" }] });
  });

  test("limit and offset page the result; count stays the total", async () => {
    const res = await list("?limit=5&offset=5");
    expect(res.workspaces).toHaveLength(5);
    expect(res.count).toBeGreaterThan(5);
  });

  test("the app's request for owner:me (owner=me and q=owner:me) lists the caller's own", async () => {
    const mine = await list("?owner=me&q=owner%3Ame&limit=0");
    const own = mockBackend
      .entries()
      .filter((e) => !e.deleted && e.workspace.owner_name === mockBackend.caller);
    expect(mine.count).toBe(own.length);
    expect(mine.count).toBeGreaterThan(0);
    expect(new Set(mine.workspaces.map((w) => w.owner_name))).toEqual(new Set(["alice"]));
  });

  test("owner:me is the demo's caller, alice, whose favourites come first", async () => {
    expect(mockBackend.caller).toBe("alice");
    const mine = await list("?q=owner:me");
    expect(new Set(mine.workspaces.map((w) => w.owner_name))).toEqual(new Set(["alice"]));
    const first = (await list("?limit=1")).workspaces[0];
    expect(first).toMatchObject({ owner_name: "alice", favorite: true });
  });

  test("bad paging and bad q answer coderd's 400 bodies", async () => {
    const paging = await fetch("http://localhost/api/v2/workspaces?limit=-1");
    expect(paging.status).toBe(400);
    expect(await paging.json()).toMatchObject({
      message: "Query parameters have invalid values.",
      validations: [{ field: "limit" }],
    });
    const q = await fetch("http://localhost/api/v2/workspaces?q=status:bogus");
    expect(await q.json()).toEqual({
      message: "Invalid workspace search query.",
      validations: [
        {
          field: "status",
          detail: 'Query param "status" has invalid value: "bogus" is not a valid value',
        },
      ],
    });
  });
});

describe("GET /workspaces/{id}", () => {
  test("400 for an id that is not a UUID", async () => {
    expect((await fetch("http://localhost/api/v2/workspaces/not-a-uuid")).status).toBe(400);
  });

  test("404 for an unknown id", async () => {
    const res = await fetch(
      "http://localhost/api/v2/workspaces/00000000-0000-4000-8000-000000000000",
    );
    expect(res.status).toBe(404);
  });

  test("410 for a deleted workspace unless include_deleted is true", async () => {
    const { id } = fixture("retired");
    expect((await fetch(`http://localhost/api/v2/workspaces/${id}`)).status).toBe(410);
    const res = await fetch(`http://localhost/api/v2/workspaces/${id}?include_deleted=true`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ latest_build: { status: "deleted", resources: [] } });
    const bad = await fetch(`http://localhost/api/v2/workspaces/${id}?include_deleted=maybe`);
    expect(bad.status).toBe(400);
  });
});

const NOW = Date.parse("2026-11-20T12:00:00Z");

function agentsOf(w: WireWorkspace): WireAgent[] {
  return w.latest_build.resources.flatMap((r) => r.agents ?? []);
}

function named(fleet: FleetWorkspace[], name: string): WireWorkspace {
  const w = fleet.find((e) => e.workspace.name === name)?.workspace;
  if (!w) throw new Error(`no ${name}`);
  return w;
}

// coderd's agent health rules as the notes list them, first match wins: restated here, not imported,
// so the fleet is checked against the rules rather than against itself.
const HEALTH_RULES: [(a: WireAgent) => boolean, string][] = [
  [(a) => a.status !== "connected" && a.lifecycle_state === "off", "agent is not running"],
  [(a) => a.status === "connecting", "agent has not yet connected"],
  [(a) => a.status === "timeout", "agent is taking too long to connect"],
  [(a) => a.status === "disconnected", "agent has lost connection"],
  [(a) => a.lifecycle_state === "start_error", "agent startup script exited with an error"],
  [
    (a) =>
      ["shutting_down", "shutdown_timeout", "shutdown_error", "off"].includes(
        a.lifecycle_state ?? "",
      ),
    "agent is shutting down",
  ],
];

describe("the fleet", () => {
  const fleet = generateFleet({ now: NOW });
  const all = fleet.map((e) => e.workspace);
  const builds = all.map((w) => w.latest_build);
  const agents = all.flatMap(agentsOf);
  const apps = agents.flatMap((a) => a.apps);
  const set = (xs: (string | undefined)[]) => new Set(xs);

  test("is deterministic for a seed, clock and caller", () => {
    expect(generateFleet({ size: 30, now: 0 })).toEqual(generateFleet({ size: 30, now: 0 }));
  });

  test("keeps the named variants first", () => {
    expect(all.slice(0, VARIANTS.length).map((w) => w.name)).toEqual(VARIANTS.map((v) => v.name));
  });

  test("workspace and agent health follow coderd's rules", () => {
    for (const w of all) {
      const list = agentsOf(w);
      if (!w.health) {
        // Old-shaped: no health anywhere.
        expect(list.every((a) => a.health === undefined && a.lifecycle_state === undefined)).toBe(
          true,
        );
        continue;
      }
      for (const a of list) {
        const reason = HEALTH_RULES.find(([matches]) => matches(a))?.[1];
        expect(a.health, `${w.name}/${a.name}`).toEqual(
          reason === undefined ? { healthy: true } : { healthy: false, reason },
        );
      }
      const failing = list.filter((a) => a.health?.healthy === false).map((a) => a.id);
      expect(w.health).toEqual({ healthy: failing.length === 0, failing_agents: failing });
    }
    expect(named(fleet, "slow-scripts").health?.healthy).toBe(true);
    expect(named(fleet, "broken-dotfiles").health?.healthy).toBe(false);
  });

  test("covers every status, job status, reason, lifecycle and agent status", () => {
    expect(set(builds.map((b) => b.status))).toEqual(
      new Set([
        "pending",
        "starting",
        "running",
        "stopping",
        "stopped",
        "failed",
        "canceling",
        "canceled",
        "deleting",
        "deleted",
        "restarting",
      ]),
    );
    expect(set(builds.map((b) => b.job.status))).toEqual(
      new Set(["pending", "running", "succeeded", "failed", "canceling", "canceled", "unknown"]),
    );
    expect(set(builds.map((b) => b.transition))).toEqual(new Set(["start", "stop", "delete"]));
    expect(set(builds.map((b) => b.reason))).toEqual(
      new Set([
        "initiator",
        "dashboard",
        "cli",
        "ssh_connection",
        "vscode_connection",
        "jetbrains_connection",
        "autostart",
        "autostop",
        "dormancy",
        "task_auto_pause",
        "task_manual_pause",
        "task_resume",
      ]),
    );
    expect(set(agents.map((a) => a.status))).toEqual(
      new Set(["connecting", "connected", "disconnected", "timeout", "hibernating"]),
    );
    expect(set(agents.map((a) => a.lifecycle_state))).toEqual(
      new Set([
        undefined,
        "created",
        "starting",
        "start_timeout",
        "start_error",
        "ready",
        "shutting_down",
        "shutdown_timeout",
        "shutdown_error",
        "off",
        "hibernating",
      ]),
    );
    expect(set(apps.map((a) => a.health))).toEqual(
      new Set(["disabled", "initializing", "healthy", "unhealthy", "degraded"]),
    );
    expect(set(apps.map((a) => a.sharing_level))).toEqual(
      new Set(["owner", "authenticated", "organization", "public"]),
    );
    expect(set(agents.map((a) => a.operating_system))).toEqual(
      new Set(["linux", "windows", "darwin"]),
    );
    expect(set(agents.map((a) => a.architecture))).toEqual(new Set(["amd64", "arm64", "armv7"]));
    expect(set(all.map((w) => w.owner_name)).size).toBe(OWNERS.length);
    expect(set(all.map((w) => w.template_name)).size).toBe(TEMPLATES.length);
    expect(set(all.map((w) => w.organization_name))).toEqual(
      new Set(ORGANIZATIONS.map((o) => o.name)),
    );
    expect(VARIANTS.length).toBeLessThan(fleet.length);
  });

  test("jobs: error codes, a lost worker, queues and no provisioner", () => {
    const jobs = builds.map((b) => b.job);
    expect(set(jobs.map((j) => j.error_code))).toEqual(
      new Set([undefined, "REQUIRED_TEMPLATE_VARIABLES", "INSUFFICIENT_QUOTA"]),
    );
    const lost = named(fleet, "stuck-worker").latest_build.job;
    expect(lost).toMatchObject({ status: "failed", error: "Worker failed to update job in time." });
    expect(lost.completed_at).toBeUndefined();
    expect(named(fleet, "scratch").latest_build.job).toMatchObject({
      queue_position: 3,
      queue_size: 7,
    });
    expect(named(fleet, "no-provisioner").latest_build.matched_provisioners?.available).toBe(0);
    // coderd reads a canceled job with an error as failed.
    expect(named(fleet, "data-pipeline").latest_build.job).toMatchObject({ status: "canceled" });
    expect(named(fleet, "data-pipeline").latest_build.job.error).toBeUndefined();
    expect(builds.some((b) => b.job.error?.includes("\n"))).toBe(true);
    expect(jobs.filter((j) => j.status !== "pending").every((j) => j.queue_size === 0)).toBe(true);
  });

  test("triage: stuck builds, running but unhealthy, unhealthy apps, a slow region", () => {
    const age = (name: string) => NOW - Date.parse(named(fleet, name).latest_build.job.created_at);
    expect(named(fleet, "no-provisioner").latest_build.status).toBe("pending");
    expect(age("no-provisioner")).toBe(40 * 60_000);
    expect(age("slow-boot")).toBe(2 * 3_600_000);
    expect(age("cancel-hang")).toBe(9 * 3_600_000);
    expect(age("stop-hang")).toBe(45 * 60_000);
    for (const name of ["never-used", "agent-timeout", "broken-dotfiles", "agent-off"]) {
      const w = named(fleet, name);
      expect(w.latest_build.status).toBe("running");
      expect(w.health?.healthy).toBe(false);
    }
    expect(agentsOf(named(fleet, "devcontainer")).flatMap((a) => a.apps)).toContainEqual(
      expect.objectContaining({ health: "unhealthy" }),
    );
    const far = agentsOf(named(fleet, "far-away"))[0]?.latency ?? {};
    const preferred = Object.values(far).find((r) => r.preferred);
    expect(preferred?.latency_ms).toBeGreaterThan(300);
  });

  test("today's shapes, and a few old ones", () => {
    const old = all.filter((w) => w.health === undefined).map((w) => w.name);
    expect(old).toEqual(expect.arrayContaining(["legacy-vm", "old-style", "old-stopped"]));
    const oldAgent = agentsOf(named(fleet, "old-style"))[0];
    expect(oldAgent?.startup_script).toBeTruthy();
    expect(oldAgent?.scripts).toBeUndefined();
    expect(named(fleet, "old-style").latest_build.deadline).toMatchObject({ valid: true });
    const newAgent = agentsOf(named(fleet, "api-server"))[0];
    expect(newAgent?.scripts?.length).toBeGreaterThan(0);
    expect(newAgent?.startup_script).toBeUndefined();
    // Today's deadline: an RFC 3339 string, or null when no stop is due.
    expect(named(fleet, "api-server").latest_build.deadline).toBeNull();
    expect(builds.some((b) => typeof b.deadline === "string")).toBe(true);
    expect(agents.some((a) => a.parent_id !== null)).toBe(true);
    expect(apps.some((a) => a.hidden)).toBe(true);
    expect(apps.some((a) => a.external && a.url?.startsWith("https://"))).toBe(true);
    expect(set(apps.map((a) => a.open_in))).toEqual(new Set(["slim-window", "tab"]));
    expect(apps.some((a) => a.group)).toBe(true);
    const dormant = named(fleet, "dormant-box");
    expect(dormant.dormant_at).not.toBeNull();
    expect(dormant.deleting_at).not.toBeNull();
    expect(named(fleet, "dormant-kept").deleting_at).toBeNull();
    expect(named(fleet, "legacy-vm")).toMatchObject({
      outdated: true,
      template_require_active_version: true,
    });
    for (const w of all) {
      expect(w.outdated).toBe(w.latest_build.template_version_id !== w.template_active_version_id);
    }
    expect(builds.some((b) => b.max_deadline)).toBe(true);
    expect(all.some((w) => w.next_start_at)).toBe(true);
    expect(set(all.map((w) => w.automatic_updates))).toEqual(new Set(["always", "never"]));
    expect(all.some((w) => w.last_used_at === "0001-01-01T00:00:00Z")).toBe(true);
    expect(builds.some((b) => b.resources.some((r) => r.hide))).toBe(true);
    expect(builds.some((b) => b.resources.some((r) => r.metadata?.some((m) => m.sensitive)))).toBe(
      true,
    );
    expect(
      agents.some((a) => a.latency && !Object.values(a.latency).some((r) => r.preferred)),
    ).toBe(true);
  });

  test("keeps the hostile variant", () => {
    const odd = named(fleet, "odd-one");
    const a = agentsOf(odd)[0];
    expect(a?.environment_variables).toBeNull();
    expect(a?.troubleshooting_url).toMatch(/^javascript:/);
    expect(a?.apps[0]?.url).toMatch(/^javascript:/);
    expect(a?.apps[0]?.display_name).toContain("<img");
    expect(odd.template_icon).toMatch(/^javascript:/);
  });

  test("favourites are the caller's own", () => {
    expect(all.filter((w) => w.favorite).every((w) => w.owner_name === "alice")).toBe(true);
    const bobs = generateFleet({ now: NOW, caller: "bob" }).map((e) => e.workspace);
    expect(bobs.filter((w) => w.favorite).every((w) => w.owner_name === "bob")).toBe(true);
    expect(bobs.some((w) => w.favorite)).toBe(true);
  });

  test("scales to 10,000 workspaces with unique ids", () => {
    const big = generateFleet({ size: 10_000, now: 0 });
    expect(big).toHaveLength(10_000);
    expect(new Set(big.map((e) => e.workspace.id)).size).toBe(10_000);
  });
});
