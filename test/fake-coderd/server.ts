import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  byLastUsed,
  GO_FALSE,
  GO_TRUE,
  isQueryError,
  matchesServerFilter,
  parseCoderdQuery,
  UUID_RE,
} from "../../mocks/coderdSearch";
import { generateFleet } from "../../mocks/fleet";
import type { Workspace } from "../../src/api/types";

// A stand-in for a deployed coderd, answering as ../shared/api/deployed-coderd-notes.md describes: it
// reads only `q` (plus limit/offset), requires a session token, sends `deadline` as a string or null,
// and answers 400/401/404/410 with codersdk.Response bodies.

export interface FakeCoderd {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const cookie = /(?:^|;\s*)coder_session_token=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
  const header = req.headers["coder-session-token"];
  return (
    cookie ??
    url.searchParams.get("coder_session_token") ??
    (typeof header === "string" ? header : undefined)
  );
}

/** The wire shape of a deployed coderd: deadline as a string or null. */
function deployed(w: Workspace): Workspace {
  const build = w.latest_build;
  if (!build) return w;
  const d = build.deadline;
  const deadline = d && typeof d === "object" ? (d.valid ? (d.time ?? null) : null) : (d ?? null);
  return { ...w, latest_build: { ...build, deadline } };
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

/**
 * coderd's two workspace endpoints over a fixture fleet. With `token` undefined no auth is asked
 * (the benchmark's server uses it that way).
 */
export function coderdApi(options: { token?: string | undefined; size?: number }): Handler {
  const fleet = generateFleet({ size: options.size ?? 150 });
  // A deployed coderd reads only q (and never lists deleted workspaces: no `deleted` here).
  const sorted = [...fleet].sort(byLastUsed);
  // Each list answer is serialised once: the benchmark measures the app, not this server.
  const cache = new Map<string, string>();

  return (req, res, url) => {
    if (options.token !== undefined && tokenOf(req, url) !== options.token) {
      return send(res, 401, {
        message:
          "You are signed out or your session has expired. Please sign in again to continue.",
        detail: 'Cookie "coder_session_token" or query parameter must be provided.',
      });
    }
    if (url.pathname === "/api/v2/workspaces") {
      const parsed = parseCoderdQuery(url.searchParams.get("q") ?? "");
      if (isQueryError(parsed)) {
        return send(res, 400, {
          message: "Invalid workspace search query.",
          validations: [parsed],
        });
      }
      const offset = Number(url.searchParams.get("offset") ?? 0) || 0;
      const limit = Number(url.searchParams.get("limit") ?? 0) || 0;
      const key = `${url.searchParams.get("q") ?? ""}|${offset}|${limit}`;
      let body = cache.get(key);
      if (body === undefined) {
        const all = sorted.filter((e) => matchesServerFilter(e, parsed));
        const page = all.slice(offset, limit ? offset + limit : undefined);
        body = JSON.stringify({
          workspaces: page.map((e) => deployed(e.workspace)),
          count: all.length,
        });
        cache.set(key, body);
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(body);
      return;
    }
    const id = /^\/api\/v2\/workspaces\/([^/]+)$/.exec(url.pathname)?.[1];
    if (id === undefined) return send(res, 404, { message: "Route not found." });
    if (!UUID_RE.test(id)) {
      return send(res, 400, {
        message: `Invalid UUID "${id}".`,
        validations: [{ field: "workspace", detail: "invalid UUID length" }],
      });
    }
    const include = url.searchParams.get("include_deleted") ?? "false";
    if (!GO_TRUE.includes(include) && !GO_FALSE.includes(include)) {
      return send(res, 400, {
        message: "Invalid boolean value.",
        validations: [
          {
            field: "include_deleted",
            detail: 'Query param "include_deleted" must be a valid boolean',
          },
        ],
      });
    }
    const entry = fleet.find((e) => e.workspace.id === id);
    if (!entry) {
      return send(res, 404, {
        message: "Resource not found or you do not have access to this resource",
      });
    }
    if (entry.deleted && !GO_TRUE.includes(include)) {
      return send(res, 410, {
        message: `Workspace "${entry.workspace.name ?? ""}" was deleted, you can view this workspace by specifying '?deleted=true' and trying again.`,
      });
    }
    send(res, 200, deployed(entry.workspace));
  };
}

export async function startFakeCoderd(options: {
  port: number;
  token: string;
  size?: number;
}): Promise<FakeCoderd> {
  const api = coderdApi(options);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(url.pathname + url.search);
    if (!url.pathname.startsWith("/api/v2/")) {
      send(res, 404, { message: "Route not found." });
      return;
    }
    api(req, res, url);
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
