import { describe, expect, test } from "vitest";
import {
  listWorkspaces,
  parseRFC3339,
  parseWorkspaceQuery,
  searchTerms,
} from "../../mocks/coderdSearch";
import { fleetDirectory, generateFleet } from "../../mocks/fleet";
import type { WireWorkspace } from "../../mocks/wire";

// The search oracle against coderd's documented behaviour (../shared/api/deployed-coderd-notes.md
// and coderd/searchquery): what a deployed coderd answers for a given q, limit and offset.

const NOW = Date.parse("2026-11-20T12:00:00Z");
const fleet = generateFleet({ now: NOW });
const alice = fleetDirectory("alice");

function terms(q: string): Record<string, string[]> {
  const parsed = searchTerms(q);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.validations));
  return Object.fromEntries(parsed.value);
}

function list(query: Record<string, string>, dir = alice) {
  return listWorkspaces(fleet, new URLSearchParams(query), dir);
}

function rows(q: string, dir = alice): WireWorkspace[] {
  const answer = list({ q }, dir);
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  expect(answer.body.count).toBe(answer.body.workspaces.length);
  return answer.body.workspaces;
}

function names(q: string, dir = alice): string[] {
  return rows(q, dir).map((w) => `${w.owner_name}/${w.name}`);
}

function errorOf(q: string) {
  const answer = list({ q });
  if (answer.status !== 400) throw new Error(`expected a 400 for ${q}`);
  return answer.body;
}

const live = fleet.filter((e) => !e.deleted).map((e) => e.workspace);

describe("the q tokenizer (searchTerms)", () => {
  test("bare words join into ONE name term, placed after the keyed ones", () => {
    expect(terms("foo bar")).toEqual({ name: ["foo bar"] });
    expect(terms("foo status:running  bar")).toEqual({ status: ["running"], name: ["foo bar"] });
  });

  test("the whole query is lower-cased", () => {
    expect(terms("OWNER:Bob Name:API")).toEqual({ owner: ["bob"], name: ["api"] });
  });

  test("double quotes keep a value with spaces or ':' together and are dropped", () => {
    expect(terms('name:"foo bar"')).toEqual({ name: ["foo bar"] });
    expect(terms('last_used_after:"2025-01-01T00:00:00Z"')).toEqual({
      last_used_after: ["2025-01-01t00:00:00z"],
    });
    expect(terms('"a:b"')).toEqual({ name: ["a:b"] });
  });

  test("a/b means owner a and name b", () => {
    expect(terms("alice/api")).toEqual({ owner: ["alice"], name: ["api"] });
  });

  test("syntax errors are on field q", () => {
    expect(errorOf("a/b/c")).toEqual({
      message: "Invalid workspace search query.",
      validations: [{ field: "q", detail: `Query element "a/b/c" can only contain 1 '/'` }],
    });
    expect(errorOf("owner:").validations).toEqual([
      { field: "q", detail: `Query element "owner:" cannot start or end with ':'` },
    ]);
    expect(errorOf(":bob").validations).toEqual([
      { field: "q", detail: `Query element ":bob" cannot start or end with ':'` },
    ]);
    expect(errorOf("a:b:c").validations).toEqual([
      { field: "q", detail: `Query element "a:b:c" can only contain 1 ':'` },
    ]);
    // An unquoted timestamp has three ':'.
    expect(errorOf("last_used_after:2025-01-01T00:00:00Z").validations[0]?.detail).toBe(
      `Query element "last_used_after:2025-01-01t00:00:00z" can only contain 1 ':'`,
    );
  });
});

describe("keys and values", () => {
  test("an unknown key: field = the key", () => {
    expect(errorOf("colour:blue").validations).toEqual([
      { field: "colour", detail: `"colour" is not a valid query param` },
    ]);
    // The reference's toggles are not q keys.
    expect(errorOf("deleted:true").validations[0]?.field).toBe("deleted");
    expect(errorOf("has_agent:true").validations[0]?.field).toBe("has_agent");
  });

  test("a single-valued key given twice", () => {
    expect(errorOf("owner:alice owner:bob").validations).toEqual([
      {
        field: "owner",
        detail:
          'Query param "owner" provided more than once, found 2 times. Only provide 1 instance of this query param.',
      },
    ]);
    // A bare word is a name too.
    expect(errorOf("name:api server").validations[0]?.field).toBe("name");
    expect(errorOf("alice/api owner:bob").validations[0]?.field).toBe("owner");
  });

  test("status must be one of coderd's", () => {
    expect(errorOf("status:bogus").validations).toEqual([
      {
        field: "status",
        detail: 'Query param "status" has invalid value: "bogus" is not a valid value',
      },
    ]);
    expect(errorOf("status:restarting").validations[0]?.field).toBe("status");
    expect(rows("status:FAILED").every((w) => w.latest_build.status === "failed")).toBe(true);
  });

  test("booleans take Go's spellings", () => {
    expect(errorOf("dormant:maybe").validations).toEqual([
      {
        field: "dormant",
        detail:
          'Query param "dormant" must be a valid boolean: strconv.ParseBool: parsing "maybe": invalid syntax',
      },
    ]);
    expect(rows("outdated:1")).toEqual(rows("outdated:TRUE"));
    expect(rows("outdated:t").every((w) => w.outdated)).toBe(true);
    expect(rows("outdated:f").every((w) => !w.outdated)).toBe(true);
  });

  test("dates are RFC 3339 and compared inclusively", () => {
    expect(errorOf('last_used_after:"yesterday"').validations[0]).toMatchObject({
      field: "last_used_after",
      detail: expect.stringMatching(
        /^Query param "last_used_after" must be a valid date format \(2006-01-02T15:04:05\.999999999Z07:00\): /,
      ) as unknown,
    });
    expect(errorOf('last_used_before:"2025-13-01T00:00:00Z"').validations[0]?.detail).toBe(
      'Query param "last_used_before" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00): parsing time "2025-13-01T00:00:00Z": month out of range',
    );
    expect(errorOf('last_used_after:"2025-01-01"').validations[0]?.detail).toBe(
      'Query param "last_used_after" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00): parsing time "2025-01-01" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse "" as "T"',
    );
    expect(parseRFC3339("2025-01-01T00:00:00.5+02:00")).toBe(
      Date.parse("2024-12-31T22:00:00.500Z"),
    );
    expect(parseRFC3339("2025-01-01T00:00:00ZZ")).toBe(
      'parsing time "2025-01-01T00:00:00ZZ": extra text: "Z"',
    );
    const never = rows('last_used_before:"0001-01-01T00:00:00Z"');
    expect(never.length).toBeGreaterThan(0);
    expect(never.every((w) => w.last_used_at === "0001-01-01T00:00:00Z")).toBe(true);
    const recent = rows('last_used_after:"2026-11-20T11:00:00.000000001+00:00"');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((w) => Date.parse(w.last_used_at) >= NOW - 3_600_000)).toBe(true);
  });

  test("several errors come back together", () => {
    const v = errorOf("status:x dormant:y colour:z").validations.map((e) => e.field);
    expect(v).toEqual(["status", "dormant", "colour"]);
  });
});

describe("filters", () => {
  test("owner is exact and case-insensitive; owner:me is the caller", () => {
    expect(new Set(rows("owner:ALICE").map((w) => w.owner_name))).toEqual(new Set(["alice"]));
    expect(rows("owner:ali")).toEqual([]);
    expect(rows("owner:me")).toEqual(rows("owner:alice"));
    expect(rows("owner:me", fleetDirectory("bob"))).toEqual(rows("owner:bob"));
  });

  test("name is a case-insensitive substring; template is exact", () => {
    expect(names("API")).toContain("alice/api-server");
    expect(rows("name:server").every((w) => w.name.includes("server"))).toBe(true);
    expect(names("alice/api")).toEqual(["alice/api-server"]);
    expect(new Set(rows("template:docker-dev").map((w) => w.template_name))).toEqual(
      new Set(["docker-dev"]),
    );
    expect(rows("template:docker")).toEqual([]);
  });

  test("has-agent: a list, repeatable, only on builds that start; unknown values match nothing", () => {
    expect(names("has-agent:connecting")).toContain("judy/gpu-box");
    const either = rows("has-agent:connecting,timeout");
    expect(either).toEqual(rows("has-agent:connecting has-agent:timeout"));
    expect(names("has-agent:timeout")).toContain("niaj/agent-timeout");
    // legacy-vm is stopped: its timed-out agent does not count.
    expect(names("has-agent:timeout")).not.toContain("dave/legacy-vm");
    expect(list({ q: "has-agent:sleeping" })).toEqual({
      status: 200,
      body: { workspaces: [], count: 0 },
    });
  });

  test("healthy is OR-ed into has-agent", () => {
    const connected = rows("has-agent:connected");
    expect(rows("healthy:true")).toEqual(connected);
    expect(rows("healthy:false")).toEqual(rows("has-agent:disconnected,timeout"));
    const union = rows("healthy:true has-agent:timeout");
    expect(union).toEqual(rows("has-agent:connected,timeout"));
    expect(union.length).toBeGreaterThan(connected.length);
  });

  test("dormant:true lists only dormant ones; dormant:false filters nothing", () => {
    const dormant = rows("dormant:true");
    expect(dormant.map((w) => w.name)).toEqual(
      expect.arrayContaining(["dormant-box", "dormant-kept"]),
    );
    expect(dormant.every((w) => w.dormant_at !== null)).toBe(true);
    expect(rows("dormant:false")).toHaveLength(live.length);
  });

  test("id: a comma list of UUIDs", () => {
    const [a, b] = live;
    if (!a || !b) throw new Error("fleet too small");
    expect(
      rows(`id:${a.id},${b.id.toUpperCase()}`)
        .map((w) => w.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(errorOf("id:nope").validations).toEqual([
      { field: "id", detail: 'Query param "id" has invalid values: invalid UUID length: 4' },
    ]);
  });

  test("param: by name, or name=value", () => {
    expect(rows("param:dotfiles_uri").length).toBeGreaterThan(0);
    expect(rows("param:dotfiles_uri").length).toBeLessThan(live.length);
    expect(rows("param:region").length).toBe(live.length);
    const eu = rows("param:region=EU-CENTRAL-1");
    expect(eu.length).toBeGreaterThan(0);
    expect(rows("param:region=mars")).toEqual([]);
    expect(errorOf("param:region=").validations[0]?.field).toBe("param");
    expect(errorOf("param:a=b=c").validations[0]?.detail).toBe(
      `Query param "param" has invalid values: query element "a=b=c" can only contain 1 '='`,
    );
  });

  test("organization by name or UUID", () => {
    const research = rows("organization:research");
    expect(research.length).toBeGreaterThan(0);
    expect(research.every((w) => w.organization_name === "research")).toBe(true);
    const id = research[0]?.organization_id ?? "";
    expect(rows(`organization:${id}`)).toEqual(research);
    expect(errorOf("organization:nope").validations).toEqual([
      {
        field: "organization",
        detail:
          'Query param "organization" has invalid value: organization "nope" either does not exist, or you are unauthorized to view it',
      },
    ]);
  });

  test("sharing, external agents and AI tasks", () => {
    expect(names("shared_with_user:bob")).toContain("alice/api-server");
    expect(names("shared_with_group:research/analysts")).toContain("heidi/devcontainer");
    expect(names("shared:true")).toEqual(expect.arrayContaining(["alice/api-server"]));
    expect(rows("shared:true").length + rows("shared:false").length).toBe(live.length);
    expect(errorOf("shared_with_user:nobody").validations[0]?.field).toBe("shared_with_user");
    expect(names("has_external_agent:true")).toEqual(["bob/external"]);
    expect(names("has-ai-task:true").sort()).toEqual(
      ["judy/ai-paused", "mallory/ai-held", "niaj/ai-resumed"].sort(),
    );
  });

  test("deleted workspaces are never listed", () => {
    expect(rows("status:deleted")).toEqual([]);
    expect(rows("").some((w) => w.name === "retired")).toBe(false);
  });
});

describe("paging, count and order", () => {
  test("count ignores paging; a page past the end is empty with the full count", () => {
    const page = list({ limit: "5", offset: "5" });
    expect(page.status).toBe(200);
    if (page.status !== 200) return;
    expect(page.body.workspaces).toHaveLength(5);
    expect(page.body.count).toBe(live.length);
    expect(page.body.workspaces).toEqual(rows("").slice(5, 10));
    expect(list({ offset: "100000" }).body).toEqual({ workspaces: [], count: live.length });
    expect(list({ limit: "0" }).body).toEqual(list({}).body);
  });

  test("bad limit or offset: 400 with a validation per field", () => {
    expect(list({ limit: "-1", offset: "x" })).toEqual({
      status: 400,
      body: {
        message: "Query parameters have invalid values.",
        validations: [
          {
            field: "limit",
            detail:
              'Query param "limit" must be a valid 32-bit positive integer: value is negative',
          },
          {
            field: "offset",
            detail:
              'Query param "offset" must be a valid 32-bit positive integer: strconv.ParseInt: parsing "x": invalid syntax',
          },
        ],
      },
    });
    expect(list({ limit: "2147483648" }).status).toBe(400);
  });

  test("the caller's favourites, then successful starts, then owner, then name", () => {
    const all = rows("");
    const favourites = all.filter((w) => w.favorite);
    expect(favourites.map((w) => w.owner_name)).toEqual(favourites.map(() => "alice"));
    expect(all.slice(0, favourites.length)).toEqual(favourites);
    expect(favourites.map((w) => w.name)).toEqual(
      expect.arrayContaining(["api-server", "broken-dotfiles"]),
    );
    const rest = all.slice(favourites.length);
    const started = (w: WireWorkspace) =>
      w.latest_build.transition === "start" &&
      w.latest_build.job.completed_at !== undefined &&
      w.latest_build.job.error === undefined &&
      w.latest_build.job.canceled_at === undefined;
    const firstNotStarted = rest.findIndex((w) => !started(w));
    expect(rest.slice(firstNotStarted).some(started)).toBe(false);
    for (const group of [rest.slice(0, firstNotStarted), rest.slice(firstNotStarted)]) {
      const keys = group.map((w) =>
        [w.owner_name.toLowerCase(), w.name.toLowerCase()].join("\u0000"),
      );
      expect(keys).toEqual([...keys].sort());
    }
  });
});

describe("the parsed filter", () => {
  test("an empty q filters nothing", () => {
    expect(parseWorkspaceQuery("", alice)).toMatchObject({ ok: true, value: { name: "" } });
  });
});
