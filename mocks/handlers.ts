import { delay, http, HttpResponse, type HttpHandler } from "msw";
import { generateFleet, type FleetOptions, type FleetWorkspace } from "./fleet";
import { tokenize } from "../src/domain/filter";
import type { Workspace } from "../src/api/types";

// MSW handlers implementing the reference's behaviour over the fixture fleet: list filters from the
// documented params or from `q`, and the detail endpoint's 400 / 404 / 410.

export interface DemoSettings {
  /** Added to every response, to show loading states. */
  delayMs: number;
  /** Which endpoint answers with an error. */
  fail: "none" | "list" | "detail" | "all";
  /** The status of that error: 500, or 502 for a proxy's HTML page. */
  failStatus: number;
}

export const defaultDemoSettings: DemoSettings = { delayMs: 0, fail: "none", failStatus: 500 };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE = "*/api/v2";

interface ListFilter {
  owner?: string;
  template?: string;
  name?: string;
  status?: string;
  deleted?: boolean;
  hasAgent?: boolean;
  agentStatus?: string;
}

type Parsed = { filter: ListFilter } | { error: { field: string; detail: string } };

/** Reads `q` the way a deployed coderd does: lower-cased `key:value` terms, bare word = name, a/b. */
function parseQ(q: string, into: ListFilter): Parsed {
  for (const term of tokenize(q.toLowerCase())) {
    const clean = term.replace(/"/g, "");
    const colon = clean.indexOf(":");
    if (colon < 0) {
      const slash = clean.indexOf("/");
      if (slash > 0) {
        into.owner = clean.slice(0, slash);
        into.name = clean.slice(slash + 1);
      } else into.name = clean;
      continue;
    }
    const key = clean.slice(0, colon);
    const value = clean.slice(colon + 1);
    if (key === "owner" || key === "template" || key === "name" || key === "status")
      into[key] = value;
    else if (key === "has-agent") into.agentStatus = value;
    else
      return { error: { field: key, detail: `Query param "${key}" is not a valid query param` } };
  }
  return { filter: into };
}

function agentsOf(w: Workspace) {
  return (w.latest_build?.resources ?? []).flatMap((r) => r.agents ?? []);
}

function matches(entry: FleetWorkspace, f: ListFilter): boolean {
  const w = entry.workspace;
  if (entry.deleted !== (f.deleted ?? false)) return false;
  if (f.owner && (w.owner_name ?? "").toLowerCase() !== f.owner.toLowerCase()) return false;
  if (f.template && (w.template_name ?? "").toLowerCase() !== f.template.toLowerCase())
    return false;
  if (f.name && !(w.name ?? "").toLowerCase().includes(f.name.toLowerCase())) return false;
  if (f.status && w.latest_build?.status !== f.status.toLowerCase()) return false;
  if (f.hasAgent !== undefined && agentsOf(w).length > 0 !== f.hasAgent) return false;
  if (f.agentStatus && !agentsOf(w).some((a) => a.status === f.agentStatus)) return false;
  return true;
}

function byLastUsed(a: FleetWorkspace, b: FleetWorkspace): number {
  const lu = (b.workspace.last_used_at ?? "").localeCompare(a.workspace.last_used_at ?? "");
  return lu !== 0 ? lu : (a.workspace.name ?? "").localeCompare(b.workspace.name ?? "");
}

function failure(status: number) {
  if (status === 502) {
    return new HttpResponse(
      "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>",
      { status: 502, headers: { "Content-Type": "text/html" } },
    );
  }
  return HttpResponse.json(
    {
      message: "Internal error fetching workspaces.",
      detail: "database: too many open connections",
    },
    { status },
  );
}

export interface MockBackend {
  handlers: HttpHandler[];
  /** The fleet as served, deleted workspaces included. */
  entries(): readonly FleetWorkspace[];
  settings: DemoSettings;
}

export function createMockBackend(
  fleetOptions: FleetOptions = {},
  settings: DemoSettings = { ...defaultDemoSettings },
): MockBackend {
  const fleet = generateFleet(fleetOptions);
  const sorted = [...fleet].sort(byLastUsed);
  const byId = new Map(fleet.map((e) => [e.workspace.id, e]));

  const backend: MockBackend = {
    settings,
    entries: () => fleet,
    handlers: [
      http.get(`${BASE}/workspaces`, async ({ request }) => {
        if (settings.delayMs) await delay(settings.delayMs);
        if (settings.fail === "list" || settings.fail === "all")
          return failure(settings.failStatus);
        const url = new URL(request.url);
        const p = url.searchParams;
        const filter: ListFilter = {};
        for (const key of ["owner", "template", "name", "status"] as const) {
          const value = p.get(key);
          if (value) filter[key] = value;
        }
        if (p.get("deleted") === "true") filter.deleted = true;
        const hasAgent = p.get("has_agent");
        if (hasAgent === "true" || hasAgent === "false") filter.hasAgent = hasAgent === "true";
        const parsed = parseQ(p.get("q") ?? "", filter);
        if ("error" in parsed) {
          return HttpResponse.json(
            { message: "Invalid workspace search query.", validations: [parsed.error] },
            { status: 400 },
          );
        }
        const all = sorted.filter((e) => matches(e, parsed.filter)).map((e) => e.workspace);
        const offset = Number(p.get("offset") ?? 0) || 0;
        const limit = Number(p.get("limit") ?? 0) || 0;
        const page = all.slice(offset, limit ? offset + limit : undefined);
        return HttpResponse.json({ workspaces: page, count: all.length });
      }),

      http.get(`${BASE}/workspaces/:id`, async ({ request, params }) => {
        if (settings.delayMs) await delay(settings.delayMs);
        if (settings.fail === "detail" || settings.fail === "all")
          return failure(settings.failStatus);
        const id = String(params.id);
        if (!UUID_RE.test(id)) {
          return HttpResponse.json(
            {
              message: `Invalid UUID "${id}".`,
              validations: [{ field: "workspace", detail: "must be a valid uuid" }],
            },
            { status: 400 },
          );
        }
        const entry = byId.get(id);
        if (!entry) {
          return HttpResponse.json(
            { message: "Resource not found or you do not have access to this resource" },
            { status: 404 },
          );
        }
        const include = new URL(request.url).searchParams.get("include_deleted");
        if (entry.deleted && !["true", "1", "t", "T", "TRUE", "True"].includes(include ?? "")) {
          return HttpResponse.json(
            {
              message: `Workspace "${entry.workspace.name}" was deleted, you can view this workspace by specifying '?deleted=true' and trying again.`,
            },
            { status: 410 },
          );
        }
        return HttpResponse.json(entry.workspace);
      }),
    ],
  };
  return backend;
}
