import { http, HttpResponse, type JsonBodyType } from "msw";
import { server } from "../mocks/node";
import type {
  WireAgent,
  WireAgentScript,
  WireApp,
  WireBuild,
  WireJob,
  WireWorkspace,
} from "../mocks/wire";

// Workspaces crafted per test in today's coderd shapes (and old ones), served by a per-test MSW
// override: the tests don't depend on which fleet variant happens to show what. Each builder returns
// coderd's JSON with every field it always sends, so a field the wire gains fails tsc here.

const HOUR = 3_600_000;
export const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
export const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();

let counter = 0;
const uuid = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
};

export function craftApp(over: Partial<WireApp> = {}): WireApp {
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
    statuses: [],
    ...over,
  };
}

export function craftScript(over: Partial<WireAgentScript> = {}): WireAgentScript {
  return {
    id: uuid(),
    log_source_id: uuid(),
    display_name: "Startup Script",
    script: "#!/bin/sh\necho ready",
    cron: "",
    run_on_start: false,
    run_on_stop: false,
    start_blocks_login: false,
    timeout: 0,
    ...over,
  };
}

export function craftAgent(over: Partial<WireAgent> = {}): WireAgent {
  return {
    id: uuid(),
    parent_id: null,
    resource_id: uuid(),
    name: "main",
    status: "connected",
    lifecycle_state: "ready",
    health: { healthy: true },
    created_at: ago(2 * HOUR),
    updated_at: ago(1000),
    first_connected_at: ago(2 * HOUR),
    last_connected_at: ago(1000),
    connection_timeout_seconds: 120,
    operating_system: "linux",
    architecture: "amd64",
    environment_variables: {},
    version: "v2.24.0",
    api_version: "2.6",
    apps: [craftApp()],
    troubleshooting_url: "",
    subsystems: [],
    display_apps: [],
    log_sources: [],
    logs_length: 0,
    logs_overflowed: false,
    scripts: [],
    ...over,
  };
}

export interface Craft {
  name?: string;
  agents?: WireAgent[];
  build?: Partial<WireBuild>;
  job?: Partial<WireJob>;
  workspace?: Partial<WireWorkspace>;
}

/** A running, healthy workspace on today's server, with the given parts replaced. */
export function craftWorkspace(c: Craft = {}): WireWorkspace {
  const id = uuid();
  const name = c.name ?? "crafted";
  const ownerId = uuid();
  const orgId = uuid();
  const versionId = uuid();
  const jobId = uuid();
  const resourceId = uuid();
  const agents = (c.agents ?? [craftAgent()]).map((a) => ({ ...a, resource_id: resourceId }));
  const failing = agents.filter((a) => a.health?.healthy === false).map((a) => a.id);
  return {
    id,
    name,
    owner_id: ownerId,
    owner_name: "alice",
    owner_avatar_url: "",
    organization_id: orgId,
    organization_name: "coder",
    template_id: uuid(),
    template_name: "docker",
    template_display_name: "Docker",
    template_icon: "",
    template_allow_user_cancel_workspace_jobs: true,
    template_active_version_id: versionId,
    template_require_active_version: false,
    created_at: ago(30 * 24 * HOUR),
    updated_at: ago(HOUR),
    last_used_at: ago(HOUR),
    latest_app_status: null,
    outdated: false,
    automatic_updates: "never",
    allow_renames: false,
    favorite: false,
    dormant_at: null,
    deleting_at: null,
    next_start_at: null,
    is_prebuild: false,
    health: { healthy: failing.length === 0, failing_agents: failing },
    latest_build: {
      id: uuid(),
      build_number: 7,
      status: "running",
      transition: "start",
      reason: "dashboard",
      initiator_id: ownerId,
      initiator_name: "alice",
      created_at: ago(HOUR),
      updated_at: ago(HOUR),
      workspace_id: id,
      workspace_name: name,
      workspace_owner_id: ownerId,
      workspace_owner_name: "alice",
      template_version_id: versionId,
      template_version_name: "v1",
      template_version_preset_id: null,
      has_external_agent: false,
      deadline: inFuture(2 * HOUR),
      daily_cost: 3,
      resources: [
        {
          id: resourceId,
          name: "dev",
          type: "docker_container",
          icon: "",
          hide: false,
          daily_cost: 3,
          created_at: ago(HOUR),
          job_id: jobId,
          workspace_transition: "start",
          agents,
        },
      ],
      ...c.build,
      job: {
        id: jobId,
        status: "succeeded",
        created_at: ago(HOUR),
        started_at: ago(HOUR),
        completed_at: ago(HOUR - 30_000),
        file_id: uuid(),
        tags: {},
        queue_position: 0,
        queue_size: 0,
        organization_id: orgId,
        type: "workspace_build",
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
