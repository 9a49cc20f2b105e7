import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { GO_FALSE, GO_TRUE, listWorkspaces, UUID_RE } from "../../mocks/coderdSearch";
import { DEFAULT_CALLER, fleetDirectory, generateFleet } from "../../mocks/fleet";
import type { WireWorkspace } from "../../mocks/wire";

// A stand-in for a deployed coderd, answering as ../shared/api/deployed-coderd-notes.md describes: it
// reads only `q` (plus limit/offset), requires a session token, sends `deadline` as a string or null,
// and answers 400/401/404/410 with codersdk.Response bodies. The list goes through the search oracle
// (mocks/coderdSearch.ts), which shares no code with the app's filter language.

export interface FakeCoderd {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Gives workspace `name` `count` agents, every other one unhealthy; undefined puts it back. */
  setAgentCount(name: string, count: number | undefined): void;
  /** Workspace `name`'s latest build ended `status` now (its job failed or succeeded with it). */
  setBuildStatus(name: string, status: "running" | "stopped" | "failed"): void;
  close(): Promise<void>;
}

/**
 * `w` with `count` agents in its first resource, copies of its first agent; every other one is
 * disconnected and listed in failing_agents (a workspace with thousands of agents).
 */
function withAgents(w: WireWorkspace, count: number): WireWorkspace {
  const build = w.latest_build;
  const [first, ...rest] = build.resources;
  const model = first?.agents?.[0];
  if (!first || !model) return w;
  const agents = Array.from({ length: count }, (_, i) => {
    const id = `a9e00000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const sick = i % 2 === 1;
    return {
      ...model,
      id,
      name: `agent-${i}`,
      apps: [],
      ...(sick
        ? {
            status: "disconnected",
            health: { healthy: false, reason: "agent has lost connection" },
          }
        : { status: "connected", health: { healthy: true } }),
    };
  });
  const failing = agents.filter((a) => !a.health.healthy).map((a) => a.id);
  return {
    ...w,
    health: { healthy: failing.length === 0, failing_agents: failing },
    latest_build: { ...build, resources: [{ ...first, agents }, ...rest] },
  };
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

/** The wire shape of a deployed coderd: deadline as a string or null, even on old-shaped fixtures. */
function deployed(w: WireWorkspace): WireWorkspace {
  const build = w.latest_build;
  const d = build.deadline;
  const deadline = d && typeof d === "object" ? (d.valid ? d.time : null) : (d ?? null);
  return { ...w, latest_build: { ...build, deadline } };
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

export interface FakeCoderdOptions {
  /** The session token it asks for; undefined = no auth (the benchmark's server). */
  token?: string | undefined;
  size?: number;
  /** Whose token it is: `owner:me` and favourites-first. Default DEFAULT_CALLER ("alice"). */
  caller?: string;
  /** The fleet's clock (ms since the epoch); default the real clock. */
  now?: number;
}

/** coderd's two workspace endpoints over a fixture fleet. */
export function coderdApi(
  options: FakeCoderdOptions,
): Handler & Pick<FakeCoderd, "setAgentCount" | "setBuildStatus"> {
  const caller = options.caller ?? DEFAULT_CALLER;
  const fleet = generateFleet({
    size: options.size ?? 150,
    caller,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const directory = fleetDirectory(caller);
  // Each list answer is serialised once: the benchmark measures the app, not this server.
  const cache = new Map<string, { status: number; body: string }>();
  const agentCounts = new Map<string, number>();
  const builds = new Map<string, { status: string; at: string }>();
  const served = (w: WireWorkspace): WireWorkspace => {
    const count = agentCounts.get(w.name);
    const build = builds.get(w.name);
    const moved: WireWorkspace = build
      ? {
          ...w,
          latest_build: {
            ...w.latest_build,
            status: build.status,
            transition: build.status === "stopped" ? "stop" : "start",
            updated_at: build.at,
            job: {
              ...w.latest_build.job,
              status: build.status === "failed" ? "failed" : "succeeded",
              completed_at: build.at,
              error: build.status === "failed" ? "terraform apply: exit status 1" : undefined,
            },
          },
        }
      : w;
    return deployed(count === undefined ? moved : withAgents(moved, count));
  };

  const handler: Handler = (req, res, url) => {
    if (options.token !== undefined && tokenOf(req, url) !== options.token) {
      return send(res, 401, {
        message:
          "You are signed out or your session has expired. Please sign in again to continue.",
        detail: 'Cookie "coder_session_token" or query parameter must be provided.',
      });
    }
    if (url.pathname === "/api/v2/workspaces") {
      // A deployed coderd reads only q, limit, offset (and after_id); never lists deleted ones.
      const read = new URLSearchParams();
      for (const key of ["q", "limit", "offset", "after_id"]) {
        for (const value of url.searchParams.getAll(key)) read.append(key, value);
      }
      const key = read.toString();
      let cached = cache.get(key);
      if (cached === undefined) {
        const answer = listWorkspaces(fleet, read, directory);
        const body =
          answer.status === 200
            ? { ...answer.body, workspaces: answer.body.workspaces.map(served) }
            : answer.body;
        cached = { status: answer.status, body: JSON.stringify(body) };
        cache.set(key, cached);
      }
      res.writeHead(cached.status, { "Content-Type": "application/json" });
      res.end(cached.body);
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
    const entry = fleet.find((e) => e.workspace.id === id.toLowerCase());
    if (!entry) {
      return send(res, 404, {
        message: "Resource not found or you do not have access to this resource",
      });
    }
    if (entry.deleted && !GO_TRUE.includes(include)) {
      return send(res, 410, {
        message: `Workspace "${entry.workspace.name}" was deleted, you can view this workspace by specifying '?deleted=true' and trying again.`,
      });
    }
    send(res, 200, served(entry.workspace));
  };
  return Object.assign(handler, {
    setAgentCount(name: string, count: number | undefined) {
      if (count === undefined) agentCounts.delete(name);
      else agentCounts.set(name, count);
      cache.clear();
    },
    setBuildStatus(name: string, status: string) {
      builds.set(name, { status, at: new Date().toISOString() });
      cache.clear();
    },
  });
}

export async function startFakeCoderd(
  options: FakeCoderdOptions & { port: number; token: string },
): Promise<FakeCoderd> {
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
    setAgentCount: api.setAgentCount,
    setBuildStatus: api.setBuildStatus,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
