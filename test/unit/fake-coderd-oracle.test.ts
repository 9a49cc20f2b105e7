import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, test } from "vitest";
import { coderdApi } from "../fake-coderd/server";
import { generateFleet } from "../../mocks/fleet";

// The fake deployed coderd (used by the browser tests and the benchmark) answers as today's coderd:
// it reads only q/limit/offset, asks for a token, and sends deadlines as strings or null. Called
// directly (MSW intercepts sockets in this environment).

const NOW = Date.parse("2026-11-20T12:00:00Z");
const api = coderdApi({ token: "t0k", now: NOW });

function call(path: string, token: string | null = "t0k") {
  const url = new URL(path, "http://fake");
  const req = { headers: token === null ? {} : { "coder-session-token": token } };
  const out = { status: 0, body: "" };
  const res = {
    writeHead(status: number) {
      out.status = status;
      return res;
    },
    end(body: string) {
      out.body = body;
    },
  };
  api(req as unknown as IncomingMessage, res as unknown as ServerResponse, url);
  return { status: out.status, json: JSON.parse(out.body) as Record<string, unknown> };
}

type ListBody = {
  count: number;
  workspaces: { name: string; owner_name: string; latest_build: { deadline?: unknown } }[];
};

function list(query: string) {
  const res = call(`/api/v2/workspaces${query}`);
  expect(res.status).toBe(200);
  return res.json as unknown as ListBody;
}

describe("the fake deployed coderd", () => {
  test("401 without the token", () => {
    expect(call("/api/v2/workspaces", null)).toMatchObject({
      status: 401,
      json: {
        message:
          "You are signed out or your session has expired. Please sign in again to continue.",
      },
    });
  });

  test("ignores the documented params and reads q", () => {
    const all = list("");
    expect(list("?owner=bob").count).toBe(all.count);
    const bob = list("?q=owner:bob");
    expect(bob.count).toBeLessThan(all.count);
    expect(new Set(bob.workspaces.map((w) => w.owner_name))).toEqual(new Set(["bob"]));
    expect(list("?q=owner:me").workspaces.every((w) => w.owner_name === "alice")).toBe(true);
  });

  test("answers coderd's 400s", () => {
    expect(call("/api/v2/workspaces?q=a/b/c")).toEqual({
      status: 400,
      json: {
        message: "Invalid workspace search query.",
        validations: [{ field: "q", detail: `Query element "a/b/c" can only contain 1 '/'` }],
      },
    });
    expect(call("/api/v2/workspaces?offset=-3")).toMatchObject({
      status: 400,
      json: {
        message: "Query parameters have invalid values.",
        validations: [{ field: "offset" }],
      },
    });
  });

  test("pages with a full count, and sends every deadline as a string or null", () => {
    const page = list("?limit=7&offset=3");
    expect(page.workspaces).toHaveLength(7);
    expect(page.count).toBe(list("").count);
    for (const w of list("").workspaces) {
      const d = w.latest_build.deadline;
      expect(d === null || typeof d === "string").toBe(true);
    }
  });

  test("the detail endpoint: 400, 404, 410 and include_deleted", () => {
    expect(call("/api/v2/workspaces/abc").status).toBe(400);
    expect(call("/api/v2/workspaces/00000000-0000-4000-8000-000000000000").status).toBe(404);
    expect(list("?q=name:retired").workspaces).toEqual([]);
    const retired = generateFleet({ now: NOW }).find((e) => e.workspace.name === "retired");
    const id = retired?.workspace.id ?? "missing";
    expect(call(`/api/v2/workspaces/${id}`).status).toBe(410);
    expect(call(`/api/v2/workspaces/${id}?include_deleted=true`)).toMatchObject({
      status: 200,
      json: { latest_build: { status: "deleted" } },
    });
    expect(call(`/api/v2/workspaces/${id}?include_deleted=maybe`).status).toBe(400);
  });
});
