import { http, HttpResponse, type JsonBodyType } from "msw";
import { server } from "../mocks/node";
import type { Workspace, WorkspaceAgent, WorkspaceApp } from "../src/coderd/schemas";

// Workspaces crafted per test in today's coderd shapes (and old ones), served by a per-test MSW
// override: the tests don't depend on which fleet variant happens to show what.

const HOUR = 3_600_000;
export const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
export const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();

let counter = 0;
const uuid = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
};

export function craftApp(over: WorkspaceApp = {}): WorkspaceApp {
  return {
    id: uuid(),
    slug: "code-server",
    display_name: "VS Code Web",
    url: "http://localhost:13337",
    external: false,
    health: "healthy",
    healthcheck: { url: "http://localhost:13337/healthz", interval: 5, threshold: 6 },
    sharing_level: "owner",
    subdomain: false,
    hidden: false,
    open_in: "slim-window",
    ...over,
  };
}

export function craftAgent(over: WorkspaceAgent = {}): WorkspaceAgent {
  return {
    id: uuid(),
    parent_id: undefined,
    name: "main",
    status: "connected",
    lifecycle_state: "ready",
    health: { healthy: true },
    created_at: ago(2 * HOUR),
    first_connected_at: ago(2 * HOUR),
    last_connected_at: ago(1000),
    connection_timeout_seconds: 120,
    operating_system: "linux",
    architecture: "amd64",
    version: "v2.24.0",
    apps: [craftApp()],
    scripts: [],
    ...over,
  };
}

export interface Craft {
  name?: string;
  agents?: WorkspaceAgent[];
  build?: NonNullable<Workspace["latest_build"]>;
  job?: NonNullable<NonNullable<Workspace["latest_build"]>["job"]>;
  workspace?: Workspace;
}

/** A running, healthy workspace on today's server, with the given parts replaced. */
export function craftWorkspace(c: Craft = {}): Workspace & { id: string } {
  const id = uuid();
  const agents = c.agents ?? [craftAgent()];
  const failing = agents.filter((a) => a.health?.healthy === false).flatMap((a) => a.id ?? []);
  return {
    id,
    name: c.name ?? "crafted",
    owner_name: "alice",
    template_name: "docker",
    template_display_name: "Docker",
    created_at: ago(30 * 24 * HOUR),
    updated_at: ago(HOUR),
    last_used_at: ago(HOUR),
    outdated: false,
    automatic_updates: "never",
    dormant_at: undefined,
    deleting_at: undefined,
    next_start_at: undefined,
    health: { healthy: failing.length === 0, failing_agents: failing },
    latest_build: {
      id: uuid(),
      build_number: 7,
      status: "running",
      transition: "start",
      reason: "dashboard",
      initiator_name: "alice",
      created_at: ago(HOUR),
      deadline: inFuture(2 * HOUR),
      daily_cost: 3,
      resources: [
        {
          id: uuid(),
          name: "dev",
          type: "docker_container",
          hide: false,
          daily_cost: 3,
          agents,
        },
      ],
      ...c.build,
      job: {
        id: uuid(),
        status: "succeeded",
        created_at: ago(HOUR),
        started_at: ago(HOUR),
        completed_at: ago(HOUR - 30_000),
        queue_position: 0,
        queue_size: 0,
        ...c.job,
      },
    },
    ...c.workspace,
  };
}

/** Serves `body` as the answer to every workspace detail request of this test. */
export function serveWorkspace(body: JsonBodyType) {
  server.use(http.get("*/api/v2/workspaces/:id", () => HttpResponse.json(body)));
}
