import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { server } from "../../mocks/node";
import { ApiError } from "../../src/api/transport/client";
import { setSessionToken } from "../../src/api/transport/session";
import { getWorkspace, getWorkspaces } from "../../src/api/workspaces";
import { workspacesSearchParams } from "../../src/api/list/listRequest";
import { recordRequests } from "../fixtures";

describe("list request parameters", () => {
  test("sends each documented parameter that is set and the same filter as q", () => {
    const params = workspacesSearchParams(
      "owner:bob template:docker-dev api status:running deleted:true has_agent:false",
    );
    expect(Object.fromEntries(params)).toEqual({
      owner: "bob",
      template: "docker-dev",
      name: "api",
      status: "running",
      deleted: "true",
      has_agent: "false",
      // The reference's deleted and has_agent are not coderd's q language: never sent in q.
      q: "owner:bob template:docker-dev status:running name:api",
    });
  });

  test("today's keys go in q only; the reference's has_agent only as its own parameter", () => {
    expect(
      Object.fromEntries(workspacesSearchParams("healthy:false outdated:true has_agent:true")),
    ).toEqual({
      has_agent: "true",
      // coderd's healthy: reads agents, not health: a superset is asked, and narrowed on the client.
      q: "status:running has-agent:connecting,connected,disconnected,timeout outdated:true",
    });
    expect(workspacesSearchParams('last_used_after:"2026-01-01T00:00:00Z"').get("q")).toBe(
      'last_used_after:"2026-01-01t00:00:00z"',
    );
  });

  test("quotes q values with spaces and sends nothing for an empty filter", () => {
    expect(workspacesSearchParams('template:"my tpl"').get("q")).toBe('template:"my tpl"');
    expect(workspacesSearchParams("").toString()).toBe("");
  });

  test("the detail request adds include_deleted=true only when asked", async () => {
    const requests = recordRequests(server);
    server.use(
      http.get("*/api/v2/workspaces/:id", () => HttpResponse.json({ id: "x", name: "n" })),
    );
    await getWorkspace("7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21", true);
    await getWorkspace("7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21", false);
    expect(requests.map((u) => u.search)).toEqual(["?include_deleted=true", ""]);
  });
});

describe("errors", () => {
  async function listError(): Promise<ApiError> {
    const error: unknown = await getWorkspaces("").then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof ApiError)) throw new Error("expected an ApiError");
    return error;
  }

  test("a JSON error body becomes status, message, detail and validations", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json(
          {
            message: "Invalid workspace search query.",
            detail: "bad key",
            validations: [{ field: "foo", detail: "not a valid query param" }],
          },
          { status: 400 },
        ),
      ),
    );
    const e = await listError();
    expect(e).toMatchObject({
      kind: "http",
      status: 400,
      message: "Invalid workspace search query.",
      detail: "bad key",
      validations: [{ field: "foo", detail: "not a valid query param" }],
    });
  });

  test("an HTML page from a proxy becomes a readable error", async () => {
    server.use(
      http.get(
        "*/api/v2/workspaces",
        () =>
          new HttpResponse("<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", {
            status: 502,
            statusText: "Bad Gateway",
            headers: { "Content-Type": "text/html" },
          }),
      ),
    );
    const e = await listError();
    expect(e.status).toBe(502);
    expect(e.message).toBe("The server answered 502 Bad Gateway.");
    expect(e.detail).toBe("502 Bad Gateway nginx");
  });

  test("a network failure is a status-0 network error", async () => {
    server.use(http.get("*/api/v2/workspaces", () => HttpResponse.error()));
    const e = await listError();
    expect(e).toMatchObject({ kind: "network", status: 0 });
    expect(e.message).toMatch(/could not reach the server/i);
  });

  test("a 200 that is not JSON says the API is not routed to coderd", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () => HttpResponse.html("<!doctype html><div id=root>")),
    );
    const e = await listError();
    expect(e).toMatchObject({ kind: "invalid-response", status: 200 });
    expect(e.message).toMatch(/not JSON/);
  });

  test("an aborted request is an aborted error", async () => {
    server.use(
      http.get("*/api/v2/workspaces", async () => {
        await new Promise((r) => setTimeout(r, 200));
        return HttpResponse.json({ workspaces: [], count: 0 });
      }),
    );
    const controller = new AbortController();
    const pending = getWorkspaces("", { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: "aborted", status: 0 });
  });
});

describe("auth", () => {
  test("sends the session token as a header, never in the URL", async () => {
    let header: string | null = null;
    let url = "";
    server.use(
      http.get("*/api/v2/workspaces", ({ request }) => {
        header = request.headers.get("Coder-Session-Token");
        url = request.url;
        return HttpResponse.json({ workspaces: [], count: 0 });
      }),
    );
    setSessionToken("secret-token", { remember: false });
    await getWorkspaces("owner:bob");
    expect(header).toBe("secret-token");
    expect(url).not.toContain("secret-token");
  });

  test("sends no token header when none is set", async () => {
    let has = true;
    server.use(
      http.get("*/api/v2/workspaces", ({ request }) => {
        has = request.headers.has("Coder-Session-Token");
        return HttpResponse.json({ workspaces: [], count: 0 });
      }),
    );
    await getWorkspaces("");
    expect(has).toBe(false);
  });
});

describe("hostile responses", () => {
  test("mistyped fields are dropped instead of crashing", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({
          count: "lots",
          workspaces: [
            {
              id: "a",
              name: 42,
              owner_name: { evil: true },
              latest_build: {
                status: ["running"],
                daily_cost: "12",
                resources: "none",
                deadline: 5,
              },
            },
            "not a workspace",
          ],
        }),
      ),
    );
    const res = await getWorkspaces("");
    expect(res).toMatchObject({ count: 1, workspaces: [{ id: "a", latest_build: {} }] });
    // Paging counts every entry sent, readable or not.
    expect(res).toMatchObject({ sent: 2, sentIds: ["a"], serverCount: undefined });
  });

  test("deadline keeps both documented and deployed shapes", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({
          workspaces: [
            { id: "a", latest_build: { deadline: { time: "2026-01-01T00:00:00Z", valid: true } } },
            { id: "b", latest_build: { deadline: "2026-01-01T00:00:00Z" } },
            { id: "c", latest_build: { deadline: null } },
          ],
        }),
      ),
    );
    const res = await getWorkspaces("");
    expect(res.workspaces.map((w) => w.latest_build?.deadline)).toEqual([
      { time: "2026-01-01T00:00:00Z", valid: true },
      "2026-01-01T00:00:00Z",
      null,
    ]);
  });
});

describe("answers that are not what coderd sends", () => {
  test.each([
    ["a string for the list", { workspaces: "x" }],
    ["an empty object", {}],
    ["null", null],
    ["an array", []],
  ])("%s is an error, never an empty fleet", async (_, body) => {
    server.use(http.get("*/api/v2/workspaces", () => HttpResponse.json(body)));
    const error: unknown = await getWorkspaces("").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "invalid-response" });
  });

  test("a mistyped field degrades to absent; the rest of the workspace stays", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({
          count: 2,
          workspaces: [
            { id: "a", name: 42, health: { healthy: "no", failing_agents: ["x", 3] } },
            "junk",
          ],
        }),
      ),
    );
    const res = await getWorkspaces("");
    expect(res.workspaces).toEqual([{ id: "a", health: { failing_agents: ["x"] } }]);
  });
});
