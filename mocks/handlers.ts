import { delay, http, HttpResponse, type HttpHandler } from "msw";
import {
  DEFAULT_CALLER,
  fleetDirectory,
  generateFleet,
  type FleetOptions,
  type FleetWorkspace,
} from "./fleet";
import { GO_FALSE, GO_TRUE, listWorkspaces, UUID_RE } from "./coderdSearch";
import type { WireResponse } from "./wire";

// The demo backend answers as a deployed coderd does (../shared/api/deployed-coderd-notes.md): the list
// reads `q`, `limit`, `offset` and `after_id` and nothing else (the early reference's `owner=`,
// `status=`, `deleted=`… are ignored, as coderd ignores them), through the same oracle as the fake
// deployed coderd, with `owner:me` as the demo's caller. The detail endpoint answers 400 / 404 / 410
// and honours include_deleted.

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
    } satisfies WireResponse,
    { status },
  );
}

export interface MockBackend {
  handlers: HttpHandler[];
  /** The fleet as served, deleted workspaces included. */
  entries(): readonly FleetWorkspace[];
  /** Whose request this backend answers (`owner:me`, favourites first). */
  caller: string;
  settings: DemoSettings;
}

export function createMockBackend(
  fleetOptions: FleetOptions = {},
  settings: DemoSettings = { ...defaultDemoSettings },
): MockBackend {
  const caller = fleetOptions.caller ?? DEFAULT_CALLER;
  const fleet = generateFleet({ ...fleetOptions, caller });
  const directory = fleetDirectory(caller);
  const byId = new Map(fleet.map((e) => [e.workspace.id, e]));

  return {
    settings,
    caller,
    entries: () => fleet,
    handlers: [
      http.get(`${BASE}/workspaces`, async ({ request }) => {
        if (settings.delayMs) await delay(settings.delayMs);
        if (settings.fail === "list" || settings.fail === "all")
          return failure(settings.failStatus);
        const p = new URL(request.url).searchParams;
        const answer = listWorkspaces(fleet, p, directory);
        return HttpResponse.json(answer.body, { status: answer.status });
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
            } satisfies WireResponse,
            { status: 400 },
          );
        }
        const include = new URL(request.url).searchParams.get("include_deleted") ?? "false";
        if (!GO_TRUE.includes(include) && !GO_FALSE.includes(include)) {
          return HttpResponse.json(
            {
              message: "Invalid boolean value.",
              validations: [
                {
                  field: "include_deleted",
                  detail: 'Query param "include_deleted" must be a valid boolean',
                },
              ],
            } satisfies WireResponse,
            { status: 400 },
          );
        }
        const entry = byId.get(id.toLowerCase());
        if (!entry) {
          return HttpResponse.json(
            {
              message: "Resource not found or you do not have access to this resource",
            } satisfies WireResponse,
            { status: 404 },
          );
        }
        if (entry.deleted && !GO_TRUE.includes(include)) {
          return HttpResponse.json(
            {
              message: `Workspace "${entry.workspace.name}" was deleted, you can view this workspace by specifying '?deleted=true' and trying again.`,
            } satisfies WireResponse,
            { status: 410 },
          );
        }
        return HttpResponse.json(entry.workspace);
      }),
    ],
  };
}
