import { delay, http, HttpResponse, type HttpHandler } from "msw";
import { generateFleet, type FleetOptions, type FleetWorkspace } from "./fleet";
import {
  byLastUsed,
  GO_TRUE,
  isQueryError,
  matchesServerFilter,
  parseCoderdQuery,
  UUID_RE,
  type ServerFilter,
} from "./coderdSearch";

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

const BASE = "*/api/v2";

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
        const filter: ServerFilter = {};
        for (const key of ["owner", "template", "name", "status"] as const) {
          const value = p.get(key);
          if (value) filter[key] = value;
        }
        if (p.get("deleted") === "true") filter.deleted = true;
        const hasAgent = p.get("has_agent");
        if (hasAgent === "true" || hasAgent === "false") filter.hasAgent = hasAgent === "true";
        const parsed = parseCoderdQuery(p.get("q") ?? "", filter);
        if (isQueryError(parsed)) {
          return HttpResponse.json(
            { message: "Invalid workspace search query.", validations: [parsed] },
            { status: 400 },
          );
        }
        const all = sorted.filter((e) => matchesServerFilter(e, parsed)).map((e) => e.workspace);
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
        if (entry.deleted && !GO_TRUE.includes(include ?? "")) {
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
