import { describe, expect, test } from "vitest";
import type { Workspace } from "../../src/coderd/schemas";
import { setQueryTerm, setQueryTerms, tidyQuery } from "../../src/domain/query/edit";
import { queryFromDocumentedParams } from "../../src/domain/query/legacy";
import { queryMatcher } from "../../src/domain/query/match";
import { parseQuery, queryList, queryValue } from "../../src/domain/query/parse";
import { suggestQuery } from "../../src/domain/query/suggest";
import { readTerms } from "../../src/domain/query/syntax";
import { serverQuery } from "../../src/api/list/listRequest";

const values = (q: string) => Object.fromEntries(parseQuery(q).values);
const errors = (q: string) => parseQuery(q).errors.map(({ field, detail }) => ({ field, detail }));

describe("reading a query as coderd does", () => {
  test("lower-cases the whole query, keys and values", () => {
    expect(values("Owner:Bob STATUS:Running")).toEqual({ owner: ["bob"], status: ["running"] });
  });

  test("joins every bare word into one name term, wherever they stand", () => {
    expect(readTerms("foo status:running bar").terms).toEqual([
      { key: "status", value: "running" },
      { key: "name", value: "foo bar" },
    ]);
  });

  test("a/b is owner a and name b; more than one / is an error", () => {
    expect(values("alice/api")).toEqual({ owner: ["alice"], name: ["api"] });
    expect(errors("a/b/c")).toEqual([
      { field: "q", detail: `Query element "a/b/c" can only contain 1 '/'` },
    ]);
  });

  test("double quotes keep a value together, spaces and colons included", () => {
    expect(values('template:"my tpl" last_used_after:"2026-01-31T09:00:00Z"')).toEqual({
      template: ["my tpl"],
      last_used_after: ["2026-01-31t09:00:00z"],
    });
  });

  test("syntax errors in coderd's words", () => {
    expect(errors("status:")).toEqual([
      { field: "q", detail: `Query element "status:" cannot start or end with ':'` },
    ]);
    expect(errors(":running")[0]?.field).toBe("q");
    expect(errors("a:b:c")).toEqual([
      { field: "q", detail: `Query element "a:b:c" can only contain 1 ':'` },
    ]);
  });

  test("an unknown key is named as the field, with a suggestion", () => {
    const [error] = parseQuery("stauts:running").errors;
    expect(error).toMatchObject({
      field: "stauts",
      detail: `"stauts" is not a valid query param`,
    });
    expect(error?.hint).toBe("Did you mean status:?");
  });

  test("a single-valued key twice is an error; list keys may repeat", () => {
    expect(errors("owner:a owner:b")).toEqual([
      {
        field: "owner",
        detail: `Query param "owner" provided more than once, found 2 times. Only provide 1 instance of this query param.`,
      },
    ]);
    expect(queryList(parseQuery("has-agent:connected has-agent:timeout"), "has-agent")).toEqual([
      "connected",
      "timeout",
    ]);
  });

  test("a typo in a status is caught before any request, with the likely word", () => {
    const [error] = parseQuery("status:runnin").errors;
    expect(error?.detail).toBe(
      `Query param "status" has invalid value: "runnin" is not a valid value`,
    );
    expect(error?.hint).toBe("Did you mean status:running?");
  });

  test("booleans take Go's spellings; timestamps must be RFC 3339", () => {
    expect(errors("healthy:t outdated:0 dormant:TRUE")).toEqual([]);
    expect(errors("healthy:maybe")).toEqual([
      { field: "healthy", detail: `Query param "healthy" must be a valid boolean` },
    ]);
    expect(errors('last_used_before:"yesterday"')[0]?.field).toBe("last_used_before");
    expect(errors("last_used_before:2026-01-01")[0]?.field).toBe("last_used_before");
  });

  test("ids must be UUIDs; param takes name or name=value", () => {
    expect(errors("id:7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21,nope")).toEqual([
      { field: "id", detail: `Query param "id" has invalid values: invalid UUID length: 4` },
    ]);
    expect(errors("param:region param:region=eu")).toEqual([]);
    expect(errors("param:region=")[0]?.field).toBe("param");
  });

  test("has-agent accepts unknown states without error (they match nothing)", () => {
    expect(errors("has-agent:sleeping")).toEqual([]);
  });

  test("every key of today's coderd and the reference's two parameters are known", () => {
    const q = [
      "owner:me",
      "name:dev",
      "template:docker",
      "status:failed",
      "has-agent:connected",
      "healthy:true",
      "outdated:false",
      "dormant:true",
      'last_used_after:"2026-01-01T00:00:00Z"',
      'last_used_before:"2026-02-01T00:00:00+02:00"',
      "id:7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21",
      "param:region=eu",
      "organization:coder",
      "deleted:true",
      "has_agent:false",
    ].join(" ");
    expect(errors(q)).toEqual([]);
    expect(queryValue(parseQuery(q), "owner")).toBe("me");
  });
});

describe("holding rows to a query on the client", () => {
  const agent = (status: string) => ({ id: status, name: status, status });
  const ws = (over: Partial<Workspace> & { agents?: string[] }): Workspace => {
    const { agents = [], ...rest } = over;
    return {
      id: "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21",
      name: "dev",
      owner_name: "Alice",
      template_name: "docker",
      last_used_at: "2026-01-15T00:00:00Z",
      ...rest,
      latest_build: {
        status: "running",
        resources: [{ agents: agents.map(agent) }],
        ...rest.latest_build,
      },
    };
  };
  const matches = (q: string, w: Workspace) => queryMatcher(parseQuery(q))(w);

  test("owner exact (any case), name substring, template exact, status", () => {
    expect(matches("owner:alice", ws({}))).toBe(true);
    expect(matches("owner:ali", ws({}))).toBe(false);
    expect(matches("de", ws({}))).toBe(true);
    expect(matches("template:dock", ws({}))).toBe(false);
    expect(matches("status:stopped", ws({}))).toBe(false);
  });

  test("owner:me is left to the server", () => {
    expect(matches("owner:me", ws({ owner_name: "bob" }))).toBe(true);
  });

  test("healthy: is the list's marker (running, by health); has-agent: is coderd's agent state", () => {
    const mixed = ws({ agents: ["connected", "timeout"] });
    expect(matches("healthy:false", mixed)).toBe(true);
    // coderd's own key would return this workspace for healthy:true as well.
    expect(matches("healthy:true", mixed)).toBe(false);
    expect(matches("healthy:false", ws({ agents: ["connected"] }))).toBe(false);
    expect(matches("healthy:true", ws({ agents: ["connected"] }))).toBe(true);
    // A connected agent whose startup script failed: connected to coderd, unhealthy to the list.
    const scriptFailed = ws({
      latest_build: {
        status: "running",
        resources: [{ agents: [{ id: "a", status: "connected", lifecycle_state: "start_error" }] }],
      },
    });
    expect(matches("healthy:true", scriptFailed)).toBe(false);
    expect(matches("healthy:false", scriptFailed)).toBe(true);
    // Not running: neither healthy nor unhealthy, whatever the agents say.
    const stopped = ws({ agents: ["timeout"], latest_build: { status: "stopped" } });
    expect(matches("healthy:false", stopped)).toBe(false);
    expect(matches("healthy:true", stopped)).toBe(false);
    expect(matches("has-agent:timeout", ws({ agents: ["timeout"] }))).toBe(true);
    expect(matches("has-agent:sleeping", ws({ agents: ["connected"] }))).toBe(false);
  });

  test("the request asks coderd for a superset of healthy:, never its own healthy: key", () => {
    expect(serverQuery(parseQuery("healthy:false"))).toBe(
      "status:running has-agent:connecting,connected,disconnected,timeout",
    );
    expect(serverQuery(parseQuery("owner:bob healthy:true has-agent:timeout"))).toBe(
      "owner:bob status:running has-agent:timeout",
    );
    expect(serverQuery(parseQuery("status:stopped healthy:true"))).toBe(
      "status:stopped has-agent:connecting,connected,disconnected,timeout",
    );
  });

  test("the reference's has_agent and deleted", () => {
    expect(matches("has_agent:true", ws({ agents: [] }))).toBe(false);
    expect(matches("has_agent:false", ws({ agents: [] }))).toBe(true);
    const deleted = ws({ latest_build: { status: "deleted" } });
    expect(matches("", deleted)).toBe(false);
    expect(matches("deleted:true", deleted)).toBe(true);
  });

  test("outdated, dormant, last used, id", () => {
    expect(matches("outdated:true", ws({ outdated: true }))).toBe(true);
    expect(matches("outdated:false", ws({ outdated: true }))).toBe(false);
    expect(matches("dormant:true", ws({}))).toBe(false);
    expect(matches("dormant:false", ws({}))).toBe(true);
    expect(matches('last_used_after:"2026-01-10T00:00:00Z"', ws({}))).toBe(true);
    expect(matches('last_used_before:"2026-01-10T00:00:00Z"', ws({}))).toBe(false);
    expect(matches("id:7F9C2BA4-E88F-4C1A-A9D4-3B1F5C0E8D21", ws({}))).toBe(true);
  });
});

describe("controls edit the one query", () => {
  test("a control replaces its own key and keeps the user's other terms as typed", () => {
    expect(setQueryTerm('owner:bob template:"My Tpl" dev', "status", "running")).toBe(
      'owner:bob template:"My Tpl" dev status:running',
    );
    expect(setQueryTerm("owner:bob status:failed", "status", undefined)).toBe("owner:bob");
  });

  test("name replaces bare words; owner/name splits when one half changes", () => {
    expect(setQueryTerm("foo bar status:running", "name", "baz")).toBe("status:running name:baz");
    expect(setQueryTerm("alice/api", "owner", "bob")).toBe("name:api owner:bob");
    expect(setQueryTerm("alice/api", "name", undefined)).toBe("owner:alice");
  });

  test("values with spaces or colons are quoted", () => {
    expect(setQueryTerms("", { template: "my tpl", last_used_after: "2026-01-01T00:00:00Z" })).toBe(
      'template:"my tpl" last_used_after:"2026-01-01T00:00:00Z"',
    );
  });

  test("links with the documented parameters become a query", () => {
    expect(
      queryFromDocumentedParams(
        new URLSearchParams("owner=bob&status=running&has_agent=true&deleted=true&sort=name"),
      ),
    ).toBe("owner:bob status:running deleted:true has_agent:true");
    expect(tidyQuery("  owner:bob   dev ")).toBe("owner:bob dev");
  });
});

describe("suggestions as the user types", () => {
  test("keys, then values of that key", () => {
    expect(suggestQuery("owner:bob sta").map((s) => s.text)).toEqual(["owner:bob status:"]);
    expect(suggestQuery("status:st").map((s) => s.text)).toEqual([
      "status:starting",
      "status:stopping",
      "status:stopped",
    ]);
    expect(suggestQuery("owner:", { owner: ["alice"] }).map((s) => s.text)).toEqual([
      "owner:me",
      "owner:alice",
    ]);
    expect(suggestQuery("has-agent:connected,dis").map((s) => s.text)).toEqual([
      "has-agent:connected,disconnected",
    ]);
  });
});
