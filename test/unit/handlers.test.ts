import { describe, expect, test } from "vitest";
import { mockBackend } from "../../mocks/node";
import { OWNERS, TEMPLATES, VARIANTS, generateFleet } from "../../mocks/fleet";
import { fixture } from "../fixtures";

// The mock handlers are the demo backend: they must answer as the reference says a coderd does.

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

  test("owner matches exactly, from the documented param or from q", async () => {
    for (const query of ["?owner=alice", "?q=owner:alice", '?q=owner:"ALICE"']) {
      const res = await list(query);
      expect(res.count).toBeGreaterThan(0);
      expect(new Set(res.workspaces.map((w) => w.owner_name))).toEqual(new Set(["alice"]));
    }
    expect((await list("?owner=ali")).count).toBe(0);
  });

  test("template matches the template name exactly; name is a substring", async () => {
    const byTemplate = await list("?template=docker-dev");
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

  test("deleted=true lists only deleted workspaces", async () => {
    const res = await list("?deleted=true");
    expect(res.count).toBeGreaterThan(0);
    expect(res.workspaces.every((w) => w.latest_build.status === "deleted")).toBe(true);
  });

  test("has_agent and has-agent:<status>", async () => {
    const without = await list("?has_agent=false");
    expect(without.workspaces.map((w) => w.name)).toContain("bucket-only");
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
  });
});

describe("the fleet", () => {
  test("is deterministic for a seed and clock", () => {
    expect(generateFleet({ size: 30, now: 0 })).toEqual(generateFleet({ size: 30, now: 0 }));
  });

  test("covers every status, job status, agent status, app health, sharing level and OS", () => {
    const fleet = generateFleet({ now: 0 }).map((e) => e.workspace);
    const builds = fleet.map((w) => w.latest_build);
    const agents = builds.flatMap((b) => b?.resources ?? []).flatMap((r) => r.agents ?? []);
    const apps = agents.flatMap((a) => a.apps ?? []);
    const set = (xs: (string | undefined)[]) => new Set(xs);
    expect(set(builds.map((b) => b?.status))).toEqual(
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
    expect(set(builds.map((b) => b?.job?.status))).toEqual(
      new Set(["pending", "running", "succeeded", "failed", "canceling", "canceled"]),
    );
    expect(set(builds.map((b) => b?.transition))).toEqual(new Set(["start", "stop", "delete"]));
    expect(set(builds.map((b) => b?.reason))).toEqual(
      new Set(["initiator", "autostart", "autostop"]),
    );
    expect(set(agents.map((a) => a.status))).toEqual(
      new Set(["connecting", "connected", "disconnected", "timeout", "hibernating"]),
    );
    expect(set(apps.map((a) => a.health))).toEqual(
      new Set(["disabled", "initializing", "healthy", "unhealthy", "degraded"]),
    );
    expect(set(apps.map((a) => a.sharing_level))).toEqual(
      new Set(["owner", "authenticated", "public"]),
    );
    expect(set(agents.map((a) => a.operating_system))).toEqual(
      new Set(["linux", "windows", "darwin"]),
    );
    expect(set(agents.map((a) => a.architecture))).toEqual(new Set(["amd64", "arm64", "armv7"]));
    expect(set(fleet.map((w) => w.owner_name)).size).toBe(OWNERS.length);
    expect(set(fleet.map((w) => w.template_name)).size).toBe(TEMPLATES.length);
    expect(fleet.some((w) => w.last_used_at === "0001-01-01T00:00:00Z")).toBe(true);
    expect(fleet.some((w) => w.outdated)).toBe(true);
    expect(builds.some((b) => b?.resources?.some((r) => r.hide))).toBe(true);
    expect(
      builds.some((b) => b?.resources?.some((r) => r.metadata?.some((m) => m.sensitive))),
    ).toBe(true);
    expect(builds.some((b) => b?.job?.error?.includes("\n"))).toBe(true);
    expect(
      agents.some(
        (a) =>
          Object.keys(a.latency ?? {}).length > 1 &&
          Object.values(a.latency ?? {}).some((r) => r.preferred),
      ),
    ).toBe(true);
    expect(
      agents.some((a) => a.latency && !Object.values(a.latency).some((r) => r.preferred)),
    ).toBe(true);
    expect(VARIANTS.length).toBeLessThan(fleet.length);
  });

  test("scales to 10,000 workspaces with unique ids", () => {
    const fleet = generateFleet({ size: 10_000, now: 0 });
    expect(fleet).toHaveLength(10_000);
    expect(new Set(fleet.map((e) => e.workspace.id)).size).toBe(10_000);
  });
});
