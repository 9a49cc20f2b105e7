import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { generateFleet } from "../../mocks/fleet";
import type { WireBuild, WireWorkspace } from "../../mocks/wire";

// The benchmark's own coderd: GET /api/v2/workspaces and /api/v2/workspaces/{id} over a fleet of N
// workspaces, paging like a deployed coderd (limit/offset with `count`), reading `q` the way
// ../shared/api/deployed-coderd-notes.md describes (the `id:` term included). Written from those
// notes on purpose: it never imports the app's parser, so the app can't pass the benchmark by
// agreeing with itself. It also keeps builds in progress (churn) and counts every byte it sends.

/** A row is coderd's own JSON for a workspace (type-only, from the fleet's wire shapes). */
type Row = WireWorkspace;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_G = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const STATUSES = [
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
const IN_PROGRESS = new Set(["pending", "starting", "stopping", "canceling", "deleting"]);
/** In progress, and moved on by the churn (a deleting one would leave the list). */
const MOVING = new Set(["pending", "starting", "stopping", "canceling"]);
const GO_TRUE = ["1", "t", "T", "TRUE", "true", "True"];
const GO_FALSE = ["0", "f", "F", "FALSE", "false", "False"];
/** generateFleet's own cap today; above it rows are copies with fresh ids and names. */
const GENERATOR_CAP = 10_000;

let uuidCounter = 0;
/** Fresh, unique, valid (v4-shaped) UUIDs for copied rows. */
function freshUuid(): string {
  const n = (++uuidCounter).toString(16).padStart(12, "0");
  return `b3c40000-0000-4000-8000-${n}`;
}

/** A deployed coderd sends `deadline` as an RFC 3339 string, or null; the reference's object is old. */
function deployedShape(w: Row): Row {
  const build = w.latest_build;
  const d = build.deadline;
  if (d && typeof d === "object") build.deadline = d.valid ? d.time : null;
  return w;
}

/** A copy of `w` with every UUID in it replaced (consistently within the copy) and a new name. */
function remap(w: Row, copy: number): Row {
  const ids = new Map<string, string>();
  const json = JSON.stringify(w).replace(UUID_G, (old) => {
    let id = ids.get(old);
    if (id === undefined) {
      // Owners stay the same people: keep their ids.
      id = old === w.owner_id ? old : freshUuid();
      ids.set(old, id);
    }
    return id;
  });
  const row = JSON.parse(json) as Row;
  const suffix = `-${copy}`;
  row.name = `${w.name.slice(0, 32 - suffix.length).replace(/-+$/, "")}${suffix}`;
  row.latest_build.workspace_name = row.name;
  row.latest_build.workspace_id = row.id;
  return row;
}

/** N workspaces, none deleted (a deployed coderd never lists them), plus the deleted ones for 410s. */
export function buildFleet(size: number): { listed: Row[]; deleted: Row[] } {
  const base = generateFleet({ size: Math.min(size, GENERATOR_CAP) }).map((e) => ({
    row: deployedShape(e.workspace),
    deleted: e.deleted || e.workspace.latest_build.status === "deleted",
  }));
  const live = base.filter((e) => !e.deleted).map((e) => e.row);
  const deleted = base.filter((e) => e.deleted).map((e) => e.row);
  if (live.length === 0) throw new Error("generateFleet returned no live workspaces");
  const listed = live.slice(0, size);
  for (let copy = 1; listed.length < size; copy++) {
    for (const w of live) {
      if (listed.length >= size) break;
      listed.push(remap(w, copy));
    }
  }
  return { listed, deleted };
}

// ---------------------------------------------------------------------------------------------
// `q`, read as coderd/searchquery does (from the notes).

export interface Filter {
  owner?: string;
  name?: string;
  template?: string;
  status?: string;
  hasAgent?: string[];
  healthy?: boolean;
  outdated?: boolean;
  dormant?: boolean;
  lastUsedAfter?: number;
  lastUsedBefore?: number;
  ids?: Set<string>;
  organization?: string;
}

export interface Validation {
  field: string;
  detail: string;
}

/** Splits on spaces outside double quotes. */
function terms(q: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of q) {
    if (ch === '"') quoted = !quoted;
    if (ch === " " && !quoted) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const SINGLE = new Set([
  "owner",
  "name",
  "template",
  "status",
  "healthy",
  "outdated",
  "dormant",
  "last_used_after",
  "last_used_before",
  "organization",
]);
const KNOWN = new Set([...SINGLE, "has-agent", "id", "param"]);

export function parseQ(raw: string): Filter | Validation {
  const q = raw.toLowerCase();
  const f: Filter = {};
  const bare: string[] = [];
  const seen = new Map<string, number>();
  for (const term of terms(q)) {
    // Colons inside quotes belong to the value.
    const unquoted = term.replace(/"[^"]*"/g, "v");
    const colons = unquoted.split(":").length - 1;
    if (colons === 0) {
      bare.push(term.replace(/"/g, ""));
      continue;
    }
    if (unquoted.startsWith(":") || unquoted.endsWith(":")) {
      return { field: "q", detail: `Query element "${term}" cannot start or end with ':'` };
    }
    if (colons > 1) {
      return { field: "q", detail: `Query element "${term}" can only contain 1 ':'` };
    }
    const colon = term.indexOf(":");
    const key = term.slice(0, colon);
    const value = term.slice(colon + 1).replace(/"/g, "");
    if (!KNOWN.has(key)) return { field: key, detail: `"${key}" is not a valid query param` };
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (SINGLE.has(key) && times > 1) {
      return {
        field: key,
        detail: `Query param "${key}" provided more than once, found ${times} times. Only provide 1 instance of this query param.`,
      };
    }
    const bool = (): boolean | Validation =>
      GO_TRUE.includes(value)
        ? true
        : GO_FALSE.includes(value)
          ? false
          : { field: key, detail: `Query param "${key}" must be a valid boolean` };
    const date = (): number | Validation => {
      const t = Date.parse(value.toUpperCase());
      return /^\d{4}-\d\d-\d\dt/.test(value) && !Number.isNaN(t)
        ? t
        : {
            field: key,
            detail: `Query param "${key}" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00): ${value}`,
          };
    };
    switch (key) {
      case "owner":
      case "name":
      case "template":
      case "organization":
        f[key] = value;
        break;
      case "status":
        if (!STATUSES.includes(value)) {
          return {
            field: key,
            detail: `Query param "status" has invalid value: "${value}" is not a valid value`,
          };
        }
        f.status = value;
        break;
      case "has-agent":
        f.hasAgent = value.split(",");
        break;
      case "healthy":
      case "outdated":
      case "dormant": {
        const b = bool();
        if (typeof b !== "boolean") return b;
        f[key] = b;
        break;
      }
      case "last_used_after":
      case "last_used_before": {
        const t = date();
        if (typeof t !== "number") return t;
        if (key === "last_used_after") f.lastUsedAfter = t;
        else f.lastUsedBefore = t;
        break;
      }
      case "id": {
        f.ids ??= new Set();
        for (const id of value.split(",")) {
          if (!UUID.test(id)) {
            return {
              field: "id",
              detail: `Query param "id" has invalid value: invalid UUID length: ${id.length}`,
            };
          }
          f.ids.add(id);
        }
        break;
      }
      default:
        // param: accepted, and matches nothing the fixture fleet doesn't have; ignored here.
        break;
    }
  }
  if (bare.length > 0) {
    const word = bare.join(" ");
    const slashes = word.split("/").length - 1;
    if (slashes > 1) {
      return { field: "q", detail: `Query element "${word}" can include at most 1 '/'` };
    }
    if (slashes === 1) {
      const [owner = "", name = ""] = word.split("/");
      if (owner) f.owner = owner;
      if (name) f.name = name;
    } else f.name = word;
  }
  return f;
}

export function isValidation(v: Filter | Validation): v is Validation {
  return "detail" in v;
}

function agentStatuses(w: Row): string[] {
  return w.latest_build.resources.flatMap((r) => (r.agents ?? []).map((a) => a.status));
}

export function matches(w: Row, f: Filter): boolean {
  const lower = (s: string) => s.toLowerCase();
  if (f.ids && !f.ids.has(w.id.toLowerCase())) return false;
  if (f.owner && f.owner !== "me" && lower(w.owner_name) !== f.owner) return false;
  if (f.name && !lower(w.name).includes(f.name)) return false;
  if (f.template && lower(w.template_name) !== f.template) return false;
  if (f.status && w.latest_build.status !== f.status) return false;
  if (f.organization) {
    const org = f.organization;
    if (lower(w.organization_name) !== org && lower(w.organization_id) !== org) return false;
  }
  if (f.hasAgent) {
    const wanted = f.hasAgent;
    if (!agentStatuses(w).some((s) => wanted.includes(s))) return false;
  }
  if (f.healthy !== undefined) {
    const wanted = f.healthy ? ["connected"] : ["disconnected", "timeout"];
    if (!agentStatuses(w).some((s) => wanted.includes(s))) return false;
  }
  if (f.outdated !== undefined && w.outdated !== f.outdated) return false;
  if (f.dormant === true && !w.dormant_at) return false;
  const used = Date.parse(w.last_used_at);
  if (f.lastUsedAfter !== undefined && !(used >= f.lastUsedAfter)) return false;
  if (f.lastUsedBefore !== undefined && !(used <= f.lastUsedBefore)) return false;
  return true;
}

/** Today's order: favourites, then latest build a successful start, then owner, then name. */
function byCoderdOrder(a: Row, b: Row): number {
  const fav = Number(b.favorite) - Number(a.favorite);
  if (fav) return fav;
  const started = (w: Row) =>
    w.latest_build.transition === "start" && w.latest_build.job.status === "succeeded" ? 1 : 0;
  const run = started(b) - started(a);
  if (run) return run;
  const owner = a.owner_name.toLowerCase().localeCompare(b.owner_name.toLowerCase());
  if (owner) return owner;
  return a.name.toLowerCase().localeCompare(b.name.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Bytes sent.

export interface Sent {
  /** ms since the epoch, when the response was finished */
  at: number;
  path: string;
  status: number;
  /** the JSON body's length */
  raw: number;
  /** what went on the wire (compressed when the client asked and compression is on) */
  wire: number;
}

export class Meter {
  log: Sent[] = [];
  /** API requests started and not yet answered. */
  inflight = 0;
  /** When the last API response finished (ms since the epoch). */
  lastAt = 0;
  add(entry: Sent) {
    this.log.push(entry);
    this.lastAt = entry.at;
  }
  reset() {
    this.log = [];
  }
  totals(since = 0) {
    const xs = this.log.filter((e) => e.at >= since);
    return {
      requests: xs.length,
      raw: xs.reduce((a, e) => a + e.raw, 0),
      wire: xs.reduce((a, e) => a + e.wire, 0),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Builds in progress.

export interface ChurnOptions {
  /** How often builds move on, ms. */
  tickMs: number;
  /** How long a build stays in one in-progress state, ms. */
  stepMs: number;
  /** Share of the fleet kept in progress (at least 3 workspaces). */
  share: number;
}
export const DEFAULT_CHURN: ChurnOptions = { tickMs: 2_000, stepMs: 10_000, share: 0.01 };

export interface BenchApi {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void;
  meter: Meter;
  size: number;
  /** The listed rows in coderd's order (a snapshot). */
  rows(): readonly Row[];
  /** How many builds the churn has started and finished so far. */
  churned(): { started: number; finished: number };
  stop(): void;
}

export function benchApi(options: {
  size: number;
  churn?: ChurnOptions | undefined;
  /** gzip JSON when the client accepts it (a proxy or coderd in front may do so). */
  compress?: boolean;
}): BenchApi {
  const { listed, deleted } = buildFleet(options.size);
  const byId = new Map<string, Row>(listed.map((w) => [w.id.toLowerCase(), w]));
  const deletedById = new Map<string, Row>(deleted.map((w) => [w.id.toLowerCase(), w]));
  let ordered = [...listed].sort(byCoderdOrder);
  let dirtyOrder = false;
  const json = new Map<string, string>();
  const rowJson = (w: Row) => {
    let s = json.get(w.id);
    if (s === undefined) {
      s = JSON.stringify(w);
      json.set(w.id, s);
    }
    return s;
  };
  // Whole answers are cached until the fleet changes: the benchmark measures the app, not this server.
  let version = 0;
  const cache = new Map<string, { body: string; gz?: Buffer }>();
  const meter = new Meter();

  // Builds in progress: each tick finishes builds that have run a step, and starts new ones until
  // `share` of the fleet is in progress again.
  const since = new Map<string, number>();
  const counts = { started: 0, finished: 0 };
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const changed = (w: Row) => {
    json.delete(w.id);
    version++;
    cache.clear();
    dirtyOrder = true;
  };
  const newBuild = (w: Row, transition: "start" | "stop") => {
    const old = w.latest_build;
    const now = new Date().toISOString();
    const build: WireBuild = {
      ...old,
      id: freshUuid(),
      build_number: old.build_number + 1,
      transition,
      status: "pending",
      created_at: now,
      updated_at: now,
      reason: "initiator",
      resources: transition === "start" ? [] : old.resources,
      job: { ...old.job, id: freshUuid(), status: "pending", created_at: now },
    };
    delete build.job.started_at;
    delete build.job.completed_at;
    delete build.job.canceled_at;
    delete build.job.error;
    w.latest_build = build;
    w.updated_at = now;
    since.set(w.id, Date.now());
    counts.started++;
    changed(w);
  };
  const advance = (w: Row) => {
    const b = w.latest_build;
    const now = new Date().toISOString();
    const next: Record<string, [string, string]> = {
      pending: [b.transition === "stop" ? "stopping" : "starting", "running"],
      starting: ["running", "succeeded"],
      stopping: ["stopped", "succeeded"],
      canceling: ["canceled", "canceled"],
    };
    const step = next[b.status];
    if (!step) return;
    const [status, job] = step;
    b.status = status;
    b.job = { ...b.job, status: job };
    if (job === "running") b.job.started_at = now;
    else b.job.completed_at = now;
    b.updated_at = now;
    w.updated_at = now;
    if (status === "running") w.last_used_at = now;
    if (IN_PROGRESS.has(status)) since.set(w.id, Date.now());
    else {
      since.delete(w.id);
      counts.finished++;
    }
    changed(w);
  };
  let timer: NodeJS.Timeout | undefined;
  if (options.churn) {
    const churn = options.churn;
    const target = Math.max(3, Math.round(options.size * churn.share));
    // Builds already in progress in the fixture start their clock now (deleting ones never finish:
    // the row would leave the list).
    for (const w of listed) {
      if (MOVING.has(w.latest_build.status)) since.set(w.id, Date.now());
    }
    timer = setInterval(() => {
      const now = Date.now();
      for (const [id, t] of [...since]) {
        const w = byId.get(id.toLowerCase());
        if (w && now - t >= churn.stepMs) advance(w);
      }
      let guard = 0;
      while (since.size < target && guard++ < target * 10) {
        const w = listed[Math.floor(rand() * listed.length)];
        if (!w) continue;
        const status = w.latest_build.status;
        if (IN_PROGRESS.has(status)) continue;
        if (status === "running") newBuild(w, "stop");
        else if (["stopped", "failed", "canceled"].includes(status)) newBuild(w, "start");
      }
    }, churn.tickMs);
    timer.unref();
  }

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    status: number,
    body: string,
    cached?: { gz?: Buffer },
  ) => {
    const gzipOk =
      options.compress === true && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const raw = Buffer.byteLength(body);
    let out: Buffer | string = body;
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (gzipOk && raw > 1024) {
      const gz = cached?.gz ?? gzipSync(body, { level: 5 });
      if (cached) cached.gz = gz;
      out = gz;
      headers["Content-Encoding"] = "gzip";
      headers.Vary = "Accept-Encoding";
    }
    const wire = typeof out === "string" ? raw : out.length;
    res.on("finish", () =>
      meter.add({ at: Date.now(), path: url.pathname + url.search, status, raw, wire }),
    );
    res.writeHead(status, { ...headers, "Content-Length": String(wire) });
    res.end(out);
  };
  const error = (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    status: number,
    body: unknown,
  ) => send(req, res, url, status, JSON.stringify(body));

  const nonNegInt = (url: URL, field: string): number | Validation => {
    const v = url.searchParams.get(field);
    if (v === null || v === "") return 0;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n > 2147483647) {
      return { field, detail: `Query param "${field}" must be a valid 32-bit integer` };
    }
    return n;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    meter.inflight++;
    res.on("close", () => {
      meter.inflight--;
      meter.lastAt = Date.now();
    });
    if (url.pathname === "/api/v2/workspaces") {
      const limitOrError = nonNegInt(url, "limit");
      const offsetOrError = nonNegInt(url, "offset");
      if (typeof limitOrError !== "number" || typeof offsetOrError !== "number") {
        const bad = [limitOrError, offsetOrError].filter(
          (v): v is Validation => typeof v !== "number",
        );
        return error(req, res, url, 400, {
          message: "Query parameters have invalid values.",
          validations: bad,
        });
      }
      const limit = limitOrError;
      const offset = offsetOrError;
      const filter = parseQ(url.searchParams.get("q") ?? "");
      if (isValidation(filter)) {
        return error(req, res, url, 400, {
          message: "Invalid workspace search query.",
          validations: [filter],
        });
      }
      const afterId = url.searchParams.get("after_id") ?? "";
      const key = `${version}|${url.searchParams.get("q") ?? ""}|${limit}|${offset}|${afterId}`;
      let entry = cache.get(key);
      if (entry === undefined) {
        if (dirtyOrder) {
          ordered = [...listed].sort(byCoderdOrder);
          dirtyOrder = false;
        }
        let all = ordered.filter((w) => matches(w, filter));
        if (afterId) {
          const at = all.findIndex((w) => w.id === afterId);
          all = at < 0 ? [] : all.slice(at + 1);
        }
        const page = all.slice(offset, limit ? offset + limit : undefined);
        entry = {
          body: `{"workspaces":[${page.map(rowJson).join(",")}],"count":${all.length}}`,
        };
        // Keep a bounded cache: paged and id: requests make many keys.
        if (cache.size > 200) cache.clear();
        cache.set(key, entry);
      }
      return send(req, res, url, 200, entry.body, entry);
    }
    const id = /^\/api\/v2\/workspaces\/([^/]+)$/.exec(url.pathname)?.[1];
    if (id === undefined) return error(req, res, url, 404, { message: "Route not found." });
    if (!UUID.test(id)) {
      return error(req, res, url, 400, {
        message: `Invalid UUID "${id}".`,
        validations: [{ field: "workspace", detail: "invalid UUID length" }],
      });
    }
    const include = url.searchParams.get("include_deleted") ?? "false";
    if (!GO_TRUE.includes(include) && !GO_FALSE.includes(include)) {
      return error(req, res, url, 400, {
        message: "Invalid boolean value.",
        validations: [
          {
            field: "include_deleted",
            detail: 'Query param "include_deleted" must be a valid boolean',
          },
        ],
      });
    }
    const live = byId.get(id.toLowerCase());
    if (live) return send(req, res, url, 200, rowJson(live));
    const gone = deletedById.get(id.toLowerCase());
    if (!gone) {
      return error(req, res, url, 404, {
        message: "Resource not found or you do not have access to this resource",
      });
    }
    if (!GO_TRUE.includes(include)) {
      return error(req, res, url, 410, {
        message: `Workspace "${gone.name}" was deleted, you can view this workspace by specifying '?deleted=true' and trying again.`,
      });
    }
    send(req, res, url, 200, JSON.stringify(gone));
  };

  return {
    handle,
    meter,
    size: listed.length,
    rows: () => {
      if (dirtyOrder) {
        ordered = [...listed].sort(byCoderdOrder);
        dirtyOrder = false;
      }
      return ordered;
    },
    churned: () => ({ ...counts }),
    stop: () => clearInterval(timer),
  };
}
