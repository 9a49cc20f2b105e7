import { describe, expect, test } from "vitest";
import { parseWorkspaceQuery, type Directory, type WorkspaceQuery } from "../../mocks/coderdSearch";
import { serverQuery, workspacesSearchParams } from "../../src/api/list/listRequest";
import type { Workspace } from "../../src/coderd/schemas";
import { setQueryTerm } from "../../src/domain/query/edit";
import { queryMatcher, SERVER_JUDGED_KEYS } from "../../src/domain/query/match";
import { parseQuery } from "../../src/domain/query/parse";
import { printQuery } from "../../src/domain/query/syntax";

// Coder's search language, case by case, from coderd's documented behaviour (deployed-coderd-notes.md
// and coderd/searchquery): a query, and either the filter coderd builds from it (the values it reads
// per key) or the error it answers. Each case is checked three ways: coderd's reading of what the
// user typed (the oracle, which shares no code with the app), the app's own validation, and coderd's
// reading of the `q` the app actually sends, which must be the same filter: nothing lost in the trip.

const ORG = "4fe722f0-49bc-4a90-a3eb-4ac439bfce20";
const OTHER_ORG = "dbeb1bd5-dce6-459c-ab7b-b7f8b9b10467";
const ALICE = "3dd8b1b8-dff5-4b22-8ae9-c243ca136ecf";
const WIBBLE = "590f1006-15e6-4b21-a6e1-92e33af8a5c3";
const WOBBLE = "3c831688-0a5a-45a2-a796-f7648874df34";
const WS1 = "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21";
const WS2 = "0a7e3a4c-1a2b-4c3d-8e9f-0123456789ab";

const directory: Directory = {
  caller: "alice",
  users: [
    { id: ALICE, username: "alice" },
    { id: "11111111-2222-4333-8444-555555555555", username: "wibble" },
  ],
  organizations: [
    { id: ORG, name: "coder", is_default: true },
    { id: OTHER_ORG, name: "wibble", is_default: false },
  ],
  groups: [
    { id: WIBBLE, name: "wibble", organization_id: ORG },
    { id: WOBBLE, name: "wobble", organization_id: OTHER_ORG },
  ],
};

/** The filter without its "no filter" defaults, so a case names only what the query sets. */
function setFields(filter: WorkspaceQuery): Partial<WorkspaceQuery> {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([key, v]) =>
        v !== undefined &&
        v !== "" &&
        !(Array.isArray(v) && v.length === 0) &&
        !(key === "dormant" && v === false),
    ),
  );
}

function coderdReads(q: string) {
  const answer = parseWorkspaceQuery(q, directory);
  return answer.ok
    ? { filter: setFields(answer.value) }
    : { errors: answer.validations.map((v) => `${v.field}: ${v.detail}`).join("\n") };
}

type Case = [query: string, filter: Partial<WorkspaceQuery>];

const FILTERS: Case[] = [
  ["", {}],
  ["Foo/Bar", { owner: "foo", name: "bar" }],
  ["     Foo/Bar     ", { owner: "foo", name: "bar" }],
  ["workspace-name", { name: "workspace-name" }],
  ["workspace-name TEMPLATE:docker", { name: "workspace-name", template: "docker" }],
  ["foo status:running bar", { name: "foo bar", status: "running" }],
  [
    "name:workspace-name template:docker OWNER:Alice",
    { name: "workspace-name", template: "docker", owner: "alice" },
  ],
  [
    'name:workspace-name template:"docker template" owner:alice',
    { name: "workspace-name", template: "docker template", owner: "alice" },
  ],
  ['"name":baz "template":foo "owner":bar', { name: "baz", template: "foo", owner: "bar" }],
  ['name:"workspace:name"', { name: "workspace:name" }],
  ['"name":"foo:bar:baz/baz/zoo:zonk"', { name: "foo:bar:baz/baz/zoo:zonk" }],
  ['"foo/bar"', { name: "foo/bar" }],
  ['"foo"/"bar"', { owner: "foo", name: "bar" }],
  ["owner:me", { ownerId: ALICE }],
  ["status:Failed", { status: "failed" }],
  ["outdated:true", { outdated: true }],
  ["outdated:false", { outdated: false }],
  ["dormant:true", { dormant: true }],
  ["dormant:false", {}],
  ["has-agent:connected,timeout", { hasAgent: ["connected", "timeout"] }],
  ["has-agent:connected has-agent:timeout", { hasAgent: ["connected", "timeout"] }],
  ["healthy:true", { hasAgent: ["connected"] }],
  ["healthy:false", { hasAgent: ["disconnected", "timeout"] }],
  ["healthy:t has-agent:connecting", { hasAgent: ["connecting", "connected"] }],
  [
    'last_used_after:"2025-01-01T00:00:00Z" last_used_before:"2025-02-01T00:00:00+02:00"',
    {
      lastUsedAfter: Date.parse("2025-01-01T00:00:00Z"),
      lastUsedBefore: Date.parse("2025-02-01T00:00:00+02:00"),
    },
  ],
  [`id:${WS1},${WS2.toUpperCase()}`, { ids: [WS1, WS2] }],
  [`id:${WS1} id:${WS2}`, { ids: [WS1, WS2] }],
  ["param:foo", { hasParam: ["foo"] }],
  ["param:foo param:bar param:baz", { hasParam: ["foo", "bar", "baz"] }],
  ["param:foo=bar", { paramNames: ["foo"], paramValues: ["bar"] }],
  [
    'param:"image=ghcr.io/coder/coder-preview:main"',
    { paramNames: ["image"], paramValues: ["ghcr.io/coder/coder-preview:main"] },
  ],
  ["param:foo=bar param:fuzz=buzz", { paramNames: ["foo", "fuzz"], paramValues: ["bar", "buzz"] }],
  [
    "param:dot    param:foo=bar param:fuzz=buzz param:tot",
    { hasParam: ["dot", "tot"], paramNames: ["foo", "fuzz"], paramValues: ["bar", "buzz"] },
  ],
  [
    'param:"   dot "     param:"   foo=bar   "',
    { hasParam: ["dot"], paramNames: ["foo"], paramValues: ["bar"] },
  ],
  [
    'param:"   dot ,   foo=bar   "',
    { hasParam: ["dot"], paramNames: ["foo"], paramValues: ["bar"] },
  ],
  [`organization:${ORG}`, { organizationId: ORG }],
  ["organization:Wibble", { organizationId: OTHER_ORG }],
  ["has-ai-task:true", { hasAITask: true }],
  ["has-ai-task:false", { hasAITask: false }],
  ["has_external_agent:true", { hasExternalAgent: true }],
  ["has_external_agent:0", { hasExternalAgent: false }],
  ["shared:true", { shared: true }],
  ["shared:false", { shared: false }],
  [`shared_with_user:${ALICE}`, { sharedWithUserId: ALICE }],
  ["shared_with_user:alice", { sharedWithUserId: ALICE }],
  ["shared_with_group:wibble", { sharedWithGroupId: WIBBLE }],
  ["shared_with_group:wibble/wobble", { sharedWithGroupId: WOBBLE }],
  [`shared_with_group:${WOBBLE}`, { sharedWithGroupId: WOBBLE }],
  // A key whose value is empty is not read at all, and neither are its repeats.
  ['owner:"" owner:bob', {}],
];

/** coderd's answer; `app` says whether the dashboard catches it before any request. */
type ErrorCase = [query: string, error: string, app: "caught" | "server only"];

const ERRORS: ErrorCase[] = [
  [
    "param:foo=bar=baz",
    `param: Query param "param" has invalid values: query element "foo=bar=baz" can only contain 1 '='`,
    "caught",
  ],
  [
    "param:foo=",
    `param: Query param "param" has invalid values: query element "foo=" has an empty value. omit the '=' to match just on the parameter name`,
    "caught",
  ],
  [":foo", `q: Query element ":foo" cannot start or end with ':'`, "caught"],
  [
    "param:   dot ,   foo=bar   ",
    `q: Query element "param:" cannot start or end with ':'`,
    "caught",
  ],
  [
    "name:foo name:bar",
    `name: Query param "name" provided more than once, found 2 times. Only provide 1 instance of this query param.`,
    "caught",
  ],
  ["dev name:bar", `name: Query param "name" provided more than once`, "caught"],
  ["foo/bar/baz", `q: Query element "foo/bar/baz" can only contain 1 '/'`, "caught"],
  ["owner:name:extra", `q: Query element "owner:name:extra" can only contain 1 ':'`, "caught"],
  ["param:foo:value", `q: Query element "param:foo:value" can only contain 1 ':'`, "caught"],
  ["foo:bar", `foo: "foo" is not a valid query param`, "caught"],
  [
    "status:runnin",
    `status: Query param "status" has invalid value: "runnin" is not a valid value`,
    "caught",
  ],
  ["has-ai-task:maybe", `has-ai-task: Query param "has-ai-task" must be a valid boolean`, "caught"],
  ["shared:yes", `shared: Query param "shared" must be a valid boolean`, "caught"],
  [
    "last_used_after:2025-01-01",
    `last_used_after: Query param "last_used_after" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00)`,
    "caught",
  ],
  ["id:nope", `id: Query param "id" has invalid values: invalid UUID length: 4`, "caught"],
  [
    "organization:nowhere",
    `organization: Query param "organization" has invalid value: organization "nowhere" either does not exist`,
    "server only",
  ],
  [
    "shared_with_user:nobody",
    `shared_with_user: Query param "shared_with_user" has invalid value: user "nobody" either does not exist`,
    "server only",
  ],
  [
    "shared_with_group:acme/devs/extra",
    "the filter must be in the pattern of <organization name>/<group name>",
    "server only",
  ],
];

describe("what coderd builds from a query, and what reaches it", () => {
  test.each(FILTERS)("%j", (query, filter) => {
    // coderd's reading of the query as typed.
    expect(coderdReads(query)).toEqual({ filter });
    // The dashboard accepts it…
    expect(parseQuery(query).errors).toEqual([]);
    // …and the q it sends means the same to coderd. Except `healthy:`: coderd's key and the
    // dashboard's Healthy part ways, so the dashboard asks for running workspaces with an agent in any
    // state (a superset of both meanings) and narrows the rows itself (domain/health.ts).
    const sent = workspacesSearchParams(query).get("q") ?? "";
    if (parseQuery(query).values.has("healthy")) {
      const asked = coderdReads(sent);
      expect(asked).toEqual({ filter: expect.objectContaining({ status: "running" }) as unknown });
      expect(sent).not.toMatch(/\bhealthy:/);
    } else {
      expect(coderdReads(sent)).toEqual({ filter });
    }
  });

  test.each(ERRORS)("%j is refused", (query, error, app) => {
    const answer = coderdReads(query);
    expect(answer.errors).toContain(error);
    const own = parseQuery(query).errors.map((e) => `${e.field}: ${e.detail}`);
    if (app === "caught") {
      // Caught before any request, in coderd's words.
      expect(own.join("\n")).toContain(error);
    } else {
      // Only the server can judge (a lookup, or a key today's coderd refuses): the app lets it go.
      expect(own).toEqual([]);
    }
  });
});

describe("the one printer", () => {
  test("quotes a value with a space, ':' or '/', and nothing else", () => {
    expect(
      printQuery([
        { key: "param", value: "image=ghcr.io/coder/coder-preview:main" },
        { key: "param", value: "   dot ,   foo=bar   " },
        { key: "template", value: "my tpl" },
        { key: "status", value: "running" },
        { key: "owner", value: "" },
      ]),
    ).toBe(
      'param:"image=ghcr.io/coder/coder-preview:main" param:"   dot ,   foo=bar   " template:"my tpl" status:running',
    );
  });

  test("the request's q and a control's edit write a value the same way", () => {
    const value = "image=ghcr.io/coder/coder-preview:main";
    const edited = setQueryTerm("owner:bob", "param", value);
    expect(edited).toBe('owner:bob param:"image=ghcr.io/coder/coder-preview:main"');
    expect(serverQuery(parseQuery(edited))).toBe(edited);
  });

  test("the reference's own parameters never go into q", () => {
    expect(serverQuery(parseQuery("deleted:true has_agent:false owner:bob"))).toBe("owner:bob");
  });
});

describe("the client's matcher: coderd's meaning where a row can tell, every row where it cannot", () => {
  const ws = (over: Partial<Workspace> = {}): Workspace => ({
    id: WS1,
    name: "dev-1",
    owner_name: "bob",
    template_name: "docker",
    organization_id: ORG,
    organization_name: "coder",
    ...over,
    latest_build: {
      status: "running",
      transition: "start",
      has_external_agent: false,
      resources: [{ agents: [{ id: "a", name: "main", status: "connected" }] }],
      ...over.latest_build,
    },
  });
  const matches = (q: string, w: Workspace) => queryMatcher(parseQuery(q))(w);

  test("name is coderd's ILIKE substring: _ is any one character, % any run", () => {
    expect(matches("name:dev_1", ws())).toBe(true);
    expect(matches("name:d%1", ws())).toBe(true);
    expect(matches("name:DEV", ws())).toBe(true);
    expect(matches("name:dev_2", ws())).toBe(false);
    expect(matches("name:dev\\_1", ws())).toBe(false);
  });

  test.each([
    "owner:me",
    "param:region=eu",
    'param:"image=ghcr.io/coder/coder-preview:main"',
    "shared:true",
    "shared:false",
    "shared_with_user:alice",
    "shared_with_group:wibble/wobble",
    "has-ai-task:true",
    "has-ai-task:false",
  ])("%s: the row cannot tell, so it passes", (q) => {
    expect(matches(q, ws())).toBe(true);
  });

  test("the keys left to the server are exactly those", () => {
    expect([...SERVER_JUDGED_KEYS].sort()).toEqual(
      ["has-ai-task", "param", "shared", "shared_with_group", "shared_with_user"].sort(),
    );
  });

  test("has_external_agent and organization are judged when the row says, passed when it is silent", () => {
    expect(matches("has_external_agent:true", ws())).toBe(false);
    expect(matches("has_external_agent:false", ws())).toBe(true);
    const old = ws();
    delete old.organization_id;
    delete old.organization_name;
    if (old.latest_build) delete old.latest_build.has_external_agent;
    expect(matches("has_external_agent:true", old)).toBe(true);
    expect(matches("organization:coder", ws())).toBe(true);
    expect(matches("organization:wibble", ws())).toBe(false);
    expect(matches("organization:wibble", old)).toBe(true);
  });

  test("a has-agent item is taken as written, as coderd does", () => {
    expect(matches('has-agent:" connected"', ws())).toBe(false);
    expect(matches("has-agent:connected", ws())).toBe(true);
  });
});
