import type { WireResponse, WireValidation, WireWorkspace, WireWorkspacesResponse } from "./wire";

// How today's coderd reads a list request, written from its sources (coderd/searchquery/search.go,
// coderd/httpapi/queryparams.go, GetWorkspaces in coderd/database/queries/workspaces.sql) and from
// ../shared/api/deployed-coderd-notes.md. It imports nothing from the app on purpose: it is the
// oracle the app's own filter language is tested against. Shared by the MSW demo backend
// (mocks/handlers.ts) and the fake deployed coderd (test/fake-coderd).

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Go's strconv.ParseBool spellings. */
export const GO_TRUE: readonly string[] = ["1", "t", "T", "TRUE", "true", "True"];
export const GO_FALSE: readonly string[] = ["0", "f", "F", "FALSE", "false", "False"];

/** database.WorkspaceStatus: what `status:` accepts. */
export const CODERD_WORKSPACE_STATUSES: readonly string[] = [
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
];

/** The users, organizations and groups a deployment knows, and who is asking. */
export interface Directory {
  /** The caller's username: what `owner:me` means and whose favourites come first. */
  caller: string;
  users: readonly { id: string; username: string }[];
  organizations: readonly { id: string; name: string; is_default: boolean }[];
  groups: readonly { id: string; name: string; organization_id: string }[];
}

/** A workspace as the database holds it: the wire shape and the rows some keys filter on. */
export interface SearchableWorkspace {
  workspace: WireWorkspace;
  deleted: boolean;
  /** What coderd knows but does not send on a workspace: what some `q` keys filter on. */
  hidden: {
    /** The latest build's parameters (`param:name=value`). */
    parameters: { name: string; value: string }[];
    /** User ids (`shared`, `shared_with_user`). */
    sharedWithUsers: string[];
    /** Group ids (`shared`, `shared_with_group`). */
    sharedWithGroups: string[];
    /** `has-ai-task`. */
    hasAITask: boolean;
  };
}

/** database.GetWorkspacesParams, as searchquery.Workspaces fills it. */
export interface WorkspaceQuery {
  ids: string[];
  /** Lower-cased username; "" = any. */
  owner: string;
  /** Set by `owner:me`. */
  ownerId?: string;
  template: string;
  name: string;
  status: string;
  hasAgent: string[];
  dormant: boolean;
  /** ms since the epoch; undefined = no bound. */
  lastUsedAfter?: number;
  lastUsedBefore?: number;
  /** `outdated:x` given: true = only outdated, false = only up to date. */
  outdated?: boolean;
  hasAITask?: boolean;
  hasExternalAgent?: boolean;
  organizationId?: string;
  shared?: boolean;
  sharedWithUserId?: string;
  sharedWithGroupId?: string;
  hasParam: string[];
  paramNames: string[];
  paramValues: string[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; validations: WireValidation[] };

function emptyQuery(): WorkspaceQuery {
  return {
    ids: [],
    owner: "",
    template: "",
    name: "",
    status: "",
    hasAgent: [],
    dormant: false,
    hasParam: [],
    paramNames: [],
    paramValues: [],
  };
}

// ---- the tokenizer: splitQueryParameterByDelimiter, processTokens, searchTerms ----

/**
 * strings.FieldsFunc over `s`, splitting on `delimiter` outside double quotes; empty fields are
 * dropped. Quotes are kept, or trimmed from both ends of each part (strings.Trim(part, `"`)).
 */
export function splitOutsideQuotes(s: string, delimiter: string, keepQuotes: boolean): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === delimiter) {
      if (current) parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return keepQuotes ? parts : parts.map((p) => p.replace(/^"+|"+$/g, ""));
}

/** url.Values: keys in first-seen order, each with every value given. */
export type Values = Map<string, string[]>;

function add(values: Values, key: string, value: string) {
  const list = values.get(key);
  if (list) list.push(value);
  else values.set(key, [value]);
}

/**
 * searchTerms with the workspace default key: the whole string lower-cased, split on spaces outside
 * quotes, every term without ':' joined into ONE name term placed last, `a/b` = owner a + name b.
 */
export function searchTerms(q: string): Parsed<Values> {
  const tokens = splitOutsideQuotes(q.toLowerCase(), " ", true);
  const fields = tokens.filter((t) => t.includes(":"));
  const bare = tokens.filter((t) => !t.includes(":"));
  const elements = bare.length > 0 ? [...fields, bare.join(" ")] : fields;
  const values: Values = new Map();
  const fail = (detail: string): Parsed<Values> => ({
    ok: false,
    validations: [{ field: "q", detail }],
  });
  for (const element of elements) {
    if (element.startsWith(":") || element.endsWith(":")) {
      return fail(`Query element ${goQuote(element)} cannot start or end with ':'`);
    }
    const parts = splitOutsideQuotes(element, ":", false);
    const [first, second] = parts;
    if (parts.length === 1 && first !== undefined) {
      const names = splitOutsideQuotes(element, "/", false);
      const [a, b] = names;
      if (names.length === 1 && a !== undefined) add(values, "name", a);
      else if (names.length === 2 && a !== undefined && b !== undefined) {
        add(values, "owner", a);
        add(values, "name", b);
      } else return fail(`Query element ${goQuote(element)} can only contain 1 '/'`);
    } else if (parts.length === 2 && first !== undefined && second !== undefined) {
      add(values, first.toLowerCase(), second);
    } else {
      return fail(`Query element ${goQuote(element)} can only contain 1 ':'`);
    }
  }
  return { ok: true, value: values };
}

/** Go's %q for the strings we meet: double quotes, with `"` and `\` escaped. */
export function goQuote(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// ---- httpapi.QueryParamParser ----

class QueryParamParser {
  readonly errors: WireValidation[] = [];
  private readonly parsed = new Set<string>();

  constructor(private readonly values: Values) {}

  /** parseQueryParamSet: undefined when absent or when the first value is "". */
  private set(key: string): string[] | undefined {
    this.parsed.add(key);
    const list = this.values.get(key);
    if (!list || list[0] === undefined || list[0] === "") return undefined;
    return list;
  }

  /** parseSingle: one value, or a "provided more than once" error. */
  single(key: string): string | undefined {
    const list = this.set(key);
    if (!list) return undefined;
    if (list.length > 1) {
      this.errors.push({
        field: key,
        detail: `Query param ${goQuote(key)} provided more than once, found ${list.length} times. Only provide 1 instance of this query param.`,
      });
      return undefined;
    }
    return list[0];
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  string(key: string): string {
    return this.single(key) ?? "";
  }

  /** Boolean and NullableBoolean: Go's ParseBool; undefined = not given. */
  boolean(key: string): boolean | undefined {
    const v = this.single(key);
    if (v === undefined) return undefined;
    if (GO_TRUE.includes(v)) return true;
    if (GO_FALSE.includes(v)) return false;
    this.errors.push({
      field: key,
      detail: `Query param ${goQuote(key)} must be a valid boolean: strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`,
    });
    return undefined;
  }

  /** ParseCustom: a single value through `parse`, which throws a Go-worded error. */
  custom<T>(key: string, parse: (v: string) => T): T | undefined {
    const v = this.single(key);
    if (v === undefined) return undefined;
    try {
      return parse(v);
    } catch (e) {
      this.errors.push({
        field: key,
        detail: `Query param ${goQuote(key)} has invalid value: ${messageOf(e)}`,
      });
      return undefined;
    }
  }

  /** ParseCustomList: repeatable and comma-separated; every bad term's error, joined by "\n". */
  list<T>(key: string, parse: (v: string) => T): T[] {
    const list = this.set(key);
    if (!list) return [];
    const out: T[] = [];
    const bad: string[] = [];
    for (const term of list.flatMap((s) => s.split(","))) {
      try {
        out.push(parse(term));
      } catch (e) {
        bad.push(messageOf(e));
      }
    }
    if (bad.length > 0) {
      this.errors.push({
        field: key,
        detail: `Query param ${goQuote(key)} has invalid values: ${bad.join("\n")}`,
      });
      return [];
    }
    return out;
  }

  /** Time3339Nano: the value upper-cased (the query was lower-cased), then RFC 3339. */
  time(key: string): number | undefined {
    const v = this.single(key);
    if (v === undefined) return undefined;
    const upper = v.toUpperCase();
    const parsed = parseRFC3339(upper);
    if (typeof parsed === "number") return parsed;
    this.errors.push({
      field: key,
      detail: `Query param ${goQuote(key)} must be a valid date format (${RFC3339_NANO}): ${parsed}`,
    });
    return undefined;
  }

  /** ErrorExcessParams: every key nobody read. */
  excess() {
    for (const key of this.values.keys()) {
      if (!this.parsed.has(key)) {
        this.errors.push({ field: key, detail: `${goQuote(key)} is not a valid query param` });
      }
    }
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";

// time.RFC3339Nano as Go's parser walks it: layout chunk, what the value must start with there.
const RFC3339_CHUNKS: readonly [string, RegExp][] = [
  ["2006", /^\d{4}/],
  ["-", /^-/],
  ["01", /^\d{2}/],
  ["-", /^-/],
  ["02", /^\d{2}/],
  ["T", /^T/],
  ["15", /^\d{1,2}/],
  [":", /^:/],
  ["04", /^\d{2}/],
  [":", /^:/],
  ["05", /^\d{2}/],
  [".999999999", /^(\.\d+)?/],
  ["Z07:00", /^(Z|[+-]\d{2}:\d{2})/],
];

/** time.Parse(time.RFC3339Nano, v): ms since the epoch, or Go's error text. */
export function parseRFC3339(v: string): number | string {
  let rest = v;
  const fields: number[] = [];
  for (const [chunk, re] of RFC3339_CHUNKS) {
    const m = re.exec(rest);
    if (!m) {
      return `parsing time ${goQuote(v)} as ${goQuote(RFC3339_NANO)}: cannot parse ${goQuote(rest)} as ${goQuote(chunk)}`;
    }
    if (/^\d+$/.test(m[0])) fields.push(Number(m[0]));
    rest = rest.slice(m[0].length);
  }
  if (rest) return `parsing time ${goQuote(v)}: extra text: ${goQuote(rest)}`;
  const [y, mo, d, h, mi, s] = fields;
  const out = (what: string) => `parsing time ${goQuote(v)}: ${what} out of range`;
  if (mo === undefined || mo < 1 || mo > 12) return out("month");
  if (y === undefined || d === undefined || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())
    return out("day");
  if (h === undefined || h > 23) return out("hour");
  if (mi === undefined || mi > 59) return out("minute");
  if (s === undefined || s > 59) return out("second");
  // Date.parse reads milliseconds; nanoseconds beyond them do not change a comparison we make.
  return Date.parse(
    v
      .replace(/T(\d)(?=:)/, "T0$1")
      .replace(/(\.\d{3})\d+/, "$1")
      .replace(/\.(\d{1,2})(?=\D)/, (_, f: string) => `.${f.padEnd(3, "0")}`),
  );
}

/** uuid.Parse from google/uuid (lower-cased input): the canonical form, or its error. */
export function parseUUID(raw: string): string {
  let v = raw;
  if (v.length === 45 && v.startsWith("urn:uuid:")) v = v.slice(9);
  else if (v.length === 38 && v.startsWith("{") && v.endsWith("}")) v = v.slice(1, -1);
  else if (v.length === 32) {
    if (!/^[0-9a-f]{32}$/i.test(v)) throw new Error("invalid UUID format");
    v = `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
  } else if (v.length !== 36) throw new Error(`invalid UUID length: ${raw.length}`);
  if (!UUID_RE.test(v)) throw new Error("invalid UUID format");
  return v.toLowerCase();
}

// ---- searchquery.Workspaces ----

/** Reads `q` as coderd does. The caller and the directory resolve `me`, users, orgs and groups. */
export function parseWorkspaceQuery(q: string, dir: Directory): Parsed<WorkspaceQuery> {
  const filter = emptyQuery();
  if (q === "") return { ok: true, value: filter };
  const terms = searchTerms(q);
  if (!terms.ok) return terms;
  const p = new QueryParamParser(terms.value);

  filter.ids = p.list("id", (v) => parseUUID(v.trim()));
  filter.owner = p.string("owner");
  filter.template = p.string("template");
  filter.name = p.string("name");
  filter.status =
    p.custom("status", (v) => {
      if (!CODERD_WORKSPACE_STATUSES.includes(v))
        throw new Error(`${goQuote(v)} is not a valid value`);
      return v;
    }) ?? "";
  filter.hasAgent = p.list("has-agent", (v) => v);
  filter.dormant = p.boolean("dormant") ?? false;
  filter.lastUsedAfter = p.time("last_used_after");
  filter.lastUsedBefore = p.time("last_used_before");
  // Boolean(values, true, "outdated"), applied whenever the key is present (even as "").
  const outdated = p.boolean("outdated");
  if (p.has("outdated")) filter.outdated = outdated ?? true;
  filter.hasAITask = p.boolean("has-ai-task");
  filter.hasExternalAgent = p.boolean("has_external_agent");
  filter.organizationId = p.custom("organization", (v) => {
    if (UUID_RE.test(v)) return parseUUID(v);
    const org = dir.organizations.find((o) => o.name.toLowerCase() === v);
    if (!org)
      throw new Error(
        `organization ${goQuote(v)} either does not exist, or you are unauthorized to view it`,
      );
    return org.id;
  });
  filter.shared = p.boolean("shared");
  filter.sharedWithUserId = p.custom("shared_with_user", (v) => {
    // coderd's parseUser gets no actor here: "me" is looked up as a username.
    if (UUID_RE.test(v)) return parseUUID(v);
    const user = dir.users.find((u) => u.username.toLowerCase() === v);
    if (!user)
      throw new Error(
        `user ${goQuote(v)} either does not exist, or you are unauthorized to view them`,
      );
    return user.id;
  });
  filter.sharedWithGroupId = p.custom("shared_with_group", (v) => parseGroup(v, dir));
  const healthy = p.boolean("healthy");
  if (healthy === true) filter.hasAgent.push("connected");
  if (healthy === false) filter.hasAgent.push("disconnected", "timeout");
  const params = p.list("param", (raw) => {
    const v = raw.trim();
    const parts = v.split("=");
    const [name, value] = parts;
    if (parts.length === 1 && name !== undefined) return { name, value: undefined };
    if (parts.length === 2 && name !== undefined && value !== undefined) {
      if (value === "")
        throw new Error(
          `query element ${goQuote(v)} has an empty value. omit the '=' to match just on the parameter name`,
        );
      return { name, value };
    }
    throw new Error(`query element ${goQuote(v)} can only contain 1 '='`);
  });
  for (const param of params) {
    if (param.value === undefined) filter.hasParam.push(param.name);
    else {
      filter.paramNames.push(param.name);
      filter.paramValues.push(param.value);
    }
  }
  p.excess();
  if (p.errors.length > 0) return { ok: false, validations: p.errors };

  // coderd/workspaces.go: `owner:me` is the caller.
  if (filter.owner === "me") {
    const me = dir.users.find((u) => u.username.toLowerCase() === dir.caller.toLowerCase());
    filter.ownerId = me?.id ?? "00000000-0000-0000-0000-000000000000";
    filter.owner = "";
  }
  return { ok: true, value: filter };
}

function parseGroup(v: string, dir: Directory): string {
  if (UUID_RE.test(v)) return parseUUID(v);
  const parts = v.split("/");
  const [a, b] = parts;
  let org: Directory["organizations"][number] | undefined;
  let name: string;
  if (parts.length === 1 && a !== undefined) {
    org = dir.organizations.find((o) => o.is_default);
    name = a;
  } else if (parts.length === 2 && a !== undefined && b !== undefined) {
    org = dir.organizations.find((o) => o.name.toLowerCase() === a);
    if (!org)
      throw new Error(
        `organization ${goQuote(a)} either does not exist, or you are unauthorized to view it`,
      );
    name = b;
  } else {
    throw new Error(
      "invalid organization or group name, the filter must be in the pattern of <organization name>/<group name>",
    );
  }
  const orgId = org?.id;
  const group = dir.groups.find(
    (g) => g.organization_id === orgId && g.name.toLowerCase() === name,
  );
  if (!group)
    throw new Error(
      `group ${goQuote(name)} either does not exist, does not belong to the organization ${goQuote(org?.name ?? "")}, or you are unauthorized to view it`,
    );
  return group.id;
}

// ---- GetWorkspaces: matching and order ----

/** SQL ILIKE: `%` any run, `_` any one character, `\` escapes; case-insensitive. */
export function ilike(value: string, pattern: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === "\\" && i + 1 < pattern.length) {
      i += 1;
      re += pattern.charAt(i).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    } else if (ch === "%") re += "[\\s\\S]*";
    else if (ch === "_") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "iu").test(value);
}

function agentsOf(w: WireWorkspace) {
  return w.latest_build.resources.flatMap((r) => r.agents ?? []);
}

/** GetWorkspaces' WHERE clause (deleted workspaces are left out before this). */
export function matchesQuery(entry: SearchableWorkspace, f: WorkspaceQuery): boolean {
  const w = entry.workspace;
  const build = w.latest_build;
  if (f.ids.length > 0 && !f.ids.includes(w.id.toLowerCase())) return false;
  if (f.ownerId !== undefined && w.owner_id !== f.ownerId) return false;
  if (f.owner && w.owner_name.toLowerCase() !== f.owner.toLowerCase()) return false;
  if (f.template && w.template_name.toLowerCase() !== f.template.toLowerCase()) return false;
  if (f.name && !ilike(w.name, `%${f.name}%`)) return false;
  if (f.status && build.status !== f.status) return false;
  // has-agent only looks at builds that start: stopped and deleted workspaces have no agents.
  if (
    f.hasAgent.length > 0 &&
    !(build.transition === "start" && agentsOf(w).some((a) => f.hasAgent.includes(a.status)))
  )
    return false;
  if (f.dormant && w.dormant_at === null) return false;
  const lastUsed = Date.parse(w.last_used_at);
  if (f.lastUsedAfter !== undefined && !(lastUsed >= f.lastUsedAfter)) return false;
  if (f.lastUsedBefore !== undefined && !(lastUsed <= f.lastUsedBefore)) return false;
  if (f.outdated !== undefined && w.outdated !== f.outdated) return false;
  if (f.hasAITask !== undefined && entry.hidden.hasAITask !== f.hasAITask) return false;
  if (f.hasExternalAgent !== undefined && build.has_external_agent !== f.hasExternalAgent)
    return false;
  if (f.organizationId !== undefined && w.organization_id !== f.organizationId) return false;
  const { sharedWithUsers, sharedWithGroups, parameters } = entry.hidden;
  if (f.shared !== undefined && sharedWithUsers.length + sharedWithGroups.length > 0 !== f.shared)
    return false;
  if (f.sharedWithUserId !== undefined && !sharedWithUsers.includes(f.sharedWithUserId))
    return false;
  if (f.sharedWithGroupId !== undefined && !sharedWithGroups.includes(f.sharedWithGroupId))
    return false;
  if (
    f.hasParam.length > 0 &&
    !parameters.some((p) => f.hasParam.some((name) => ilike(p.name, name)))
  )
    return false;
  if (
    f.paramNames.length > 0 &&
    !parameters.some(
      (p) =>
        f.paramNames.some((name) => ilike(p.name, name)) &&
        f.paramValues.some((value) => ilike(p.value, value)),
    )
  )
    return false;
  return true;
}

function isSuccessfulStart(w: WireWorkspace): boolean {
  const job = w.latest_build.job;
  return (
    job.completed_at !== undefined &&
    job.canceled_at === undefined &&
    job.error === undefined &&
    w.latest_build.transition === "start"
  );
}

/**
 * coderd's list order: the caller's favourites, then latest build a successful start, then owner
 * username, then name (case-insensitive).
 */
export function coderdOrder(
  caller: string,
): (a: SearchableWorkspace, b: SearchableWorkspace) => number {
  const me = caller.toLowerCase();
  const rank = (w: WireWorkspace) =>
    (w.favorite && w.owner_name.toLowerCase() === me ? 0 : 2) + (isSuccessfulStart(w) ? 0 : 1);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return ({ workspace: a }, { workspace: b }) =>
    rank(a) - rank(b) ||
    cmp(a.owner_name.toLowerCase(), b.owner_name.toLowerCase()) ||
    cmp(a.name.toLowerCase(), b.name.toLowerCase()) ||
    cmp(a.id, b.id);
}

// ---- ParsePagination and the list endpoint ----

export interface Page {
  /** 0 = no limit. */
  limit: number;
  offset: number;
}

function positiveInt32(p: QueryParamParser, key: string): number {
  const v = p.single(key);
  if (v === undefined) return 0;
  let detail: string | undefined;
  if (!/^[+-]?\d+$/.test(v)) detail = `strconv.ParseInt: parsing ${goQuote(v)}: invalid syntax`;
  else {
    const n = Number(v);
    if (n > 2147483647 || n < -2147483648)
      detail = `strconv.ParseInt: parsing ${goQuote(v)}: value out of range`;
    else if (n < 0) detail = "value is negative";
    else return n;
  }
  p.errors.push({
    field: key,
    detail: `Query param ${goQuote(key)} must be a valid 32-bit positive integer: ${detail}`,
  });
  return 0;
}

/** httpapi.ParsePagination: `limit`, `offset` (and `after_id`, validated only). */
export function parsePagination(params: URLSearchParams): Parsed<Page> {
  const values: Values = new Map();
  for (const key of ["after_id", "limit", "offset"]) {
    const all = params.getAll(key);
    if (all.length > 0) values.set(key, all);
  }
  const p = new QueryParamParser(values);
  const afterId = p.single("after_id");
  if (afterId !== undefined) {
    try {
      parseUUID(afterId);
    } catch {
      p.errors.push({ field: "after_id", detail: 'Query param "after_id" must be a valid uuid' });
    }
  }
  const limit = positiveInt32(p, "limit");
  const offset = positiveInt32(p, "offset");
  if (p.errors.length > 0) return { ok: false, validations: p.errors };
  return { ok: true, value: { limit, offset } };
}

export type ListAnswer =
  | { status: 200; body: WireWorkspacesResponse }
  | { status: 400; body: WireResponse & { validations: WireValidation[] } };

/**
 * GET /api/v2/workspaces over `entries` as today's coderd answers it: paging first, then q; the
 * matching rows in coderd's order; `count` ignores paging.
 */
export function listWorkspaces(
  entries: readonly SearchableWorkspace[],
  params: URLSearchParams,
  dir: Directory,
): ListAnswer {
  const page = parsePagination(params);
  if (!page.ok) {
    return {
      status: 400,
      body: { message: "Query parameters have invalid values.", validations: page.validations },
    };
  }
  const query = parseWorkspaceQuery(params.get("q") ?? "", dir);
  if (!query.ok) {
    return {
      status: 400,
      body: { message: "Invalid workspace search query.", validations: query.validations },
    };
  }
  const all = entries
    .filter((e) => !e.deleted && matchesQuery(e, query.value))
    .sort(coderdOrder(dir.caller));
  const { limit, offset } = page.value;
  const rows = all.slice(offset, limit > 0 ? offset + limit : undefined);
  return { status: 200, body: { workspaces: rows.map((e) => e.workspace), count: all.length } };
}
