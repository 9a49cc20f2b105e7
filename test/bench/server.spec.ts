import { expect, test } from "@playwright/test";
import { benchApi, buildFleet, isValidation, parseQ, UUID } from "./coderd";
import { startBenchServer } from "./server";

// The bench's coderd answers as ../shared/api/deployed-coderd-notes.md says (no browser needed).
// Runs first in `npm run bench`, and alone with `npm run bench:server`.

const PORT = Number(process.env.BENCH_PORT_BASE ?? 4700) + 90;

interface Page {
  workspaces: { id: string; name: string; owner_name: string; latest_build: { status: string } }[];
  count: number;
}

test("fleet of 50,000: unique ids and names, valid UUIDs, none deleted", () => {
  const { listed } = buildFleet(50_000);
  expect(listed).toHaveLength(50_000);
  expect(new Set(listed.map((w) => w.id)).size).toBe(50_000);
  expect(new Set(listed.map((w) => `${w.owner_name}/${w.name}`)).size).toBe(50_000);
  expect(listed.every((w) => UUID.test(w.id))).toBe(true);
  expect(
    listed.every((w) => /^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$/.test(w.name) && w.name.length <= 32),
  ).toBe(true);
  expect(listed.every((w) => w.latest_build.workspace_id === w.id)).toBe(true);
  expect(listed.some((w) => w.latest_build.status === "deleted")).toBe(false);
});

test("q: the notes' syntax, errors and the id: term", () => {
  expect(parseQ("Owner:Alice status:running")).toEqual({ owner: "alice", status: "running" });
  expect(parseQ("foo bar")).toEqual({ name: "foo bar" });
  expect(parseQ("a/b")).toEqual({ owner: "a", name: "b" });
  expect(parseQ('last_used_after:"2025-01-01T00:00:00Z"')).toHaveProperty("lastUsedAfter");
  for (const bad of ["x:", "a:b:c", "nope:1", "status:x", "owner:a owner:b", "a/b/c", "id:xyz"]) {
    expect(isValidation(parseQ(bad)), bad).toBe(true);
  }
  const ids = parseQ(
    "id:11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222",
  );
  expect(isValidation(ids) ? undefined : ids.ids?.size).toBe(2);
});

test("paging: limit/offset with count, id:, past the end, bad values", async () => {
  const server = await startBenchServer({ port: PORT, size: 5_000, dist: "/nonexistent" });
  try {
    const get = async (query: string) => {
      const r = await fetch(`${server.url}/api/v2/workspaces${query}`);
      return { status: r.status, body: (await r.json()) as Page };
    };
    const all = await get("");
    expect(all.body.count).toBe(5_000);
    expect(all.body.workspaces).toHaveLength(5_000);
    const page = await get("?limit=25&offset=50");
    expect(page.body.count).toBe(5_000);
    expect(page.body.workspaces.map((w) => w.id)).toEqual(
      all.body.workspaces.slice(50, 75).map((w) => w.id),
    );
    const past = await get("?limit=25&offset=6000");
    expect(past.body).toEqual({ workspaces: [], count: 5_000 });
    const picked = all.body.workspaces.filter((_, i) => i % 997 === 3).map((w) => w.id);
    const byId = await get(`?q=${encodeURIComponent(`id:${picked.join(",")}`)}`);
    expect(byId.body.count).toBe(picked.length);
    expect(new Set(byId.body.workspaces.map((w) => w.id))).toEqual(new Set(picked));
    const running = await get(`?q=${encodeURIComponent("status:running")}&limit=10`);
    expect(running.body.workspaces.every((w) => w.latest_build.status === "running")).toBe(true);
    expect(running.body.count).toBe(
      all.body.workspaces.filter((w) => w.latest_build.status === "running").length,
    );
    expect((await get("?limit=-1")).status).toBe(400);
    expect((await get("?offset=abc")).status).toBe(400);
    expect((await get("?q=bogus:1")).status).toBe(400);
    const one = all.body.workspaces[0];
    if (!one) throw new Error("empty fleet");
    const detail = await fetch(`${server.url}/api/v2/workspaces/${one.id}`);
    expect(detail.status).toBe(200);
    expect((await fetch(`${server.url}/api/v2/workspaces/abc`)).status).toBe(400);
    expect(server.api.meter.totals().requests).toBeGreaterThan(8);
  } finally {
    await server.close();
  }
});

test("churn keeps builds in progress and moves them on", async () => {
  const api = benchApi({ size: 1_000, churn: { tickMs: 50, stepMs: 100, share: 0.02 } });
  try {
    await new Promise((r) => setTimeout(r, 1_000));
    const inProgress = api
      .rows()
      .filter((w) =>
        ["pending", "starting", "stopping", "canceling", "deleting"].includes(
          w.latest_build.status,
        ),
      );
    expect(inProgress.length).toBeGreaterThanOrEqual(20);
    expect(api.churned().finished).toBeGreaterThan(0);
  } finally {
    api.stop();
  }
});
