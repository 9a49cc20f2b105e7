// Crafted fleets for triage tests: a few workspaces built field by field at a fixed clock, served by
// a per-test MSW override, so the tests don't depend on the demo fleet's variants. The builders return
// coderd's JSON with every field it always sends (a field the wire gains fails tsc here).
import { http, HttpResponse } from "msw";
import { server } from "../mocks/node";
import { craftAgent, craftApp } from "./crafted";
import type {
  WireAgent,
  WireApp,
  WireBuild,
  WireJob,
  WireWorkspace,
  WireWorkspacesResponse,
} from "../mocks/wire";

export const NOW = Date.parse("2026-11-20T12:00:00Z");
export const ago = (ms: number) => new Date(NOW - ms).toISOString();
export const ahead = (ms: number) => new Date(NOW + ms).toISOString();
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

let seq = 0;
/** A stable fake UUID from a counter. */
export function uuid(n: number = ++seq): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/** Ids that stay the same across a fleet: one organization, template and active version. */
const ORG_ID = uuid(1_000_001);
const TEMPLATE_ID = uuid(1_000_002);
const VERSION_ID = uuid(1_000_003);
const OWNER_IDS = new Map<string, string>();
function ownerId(name: string): string {
  let id = OWNER_IDS.get(name);
  if (id === undefined) {
    id = uuid(2_000_000 + OWNER_IDS.size);
    OWNER_IDS.set(name, id);
  }
  return id;
}

/** An app as crafted.ts builds one, with the triage fleet's plainer defaults. */
export function app(over: Partial<WireApp> = {}): WireApp {
  return craftApp({
    display_name: "VS Code",
    url: undefined,
    healthcheck: { url: "", interval: 0, threshold: 0 },
    ...over,
  });
}

/** An agent as crafted.ts builds one, on this file's fixed clock, never connected unless told. */
export function agent(over: Partial<WireAgent> = {}): WireAgent {
  return craftAgent({
    resource_id: "",
    created_at: ago(DAY),
    updated_at: ago(MIN),
    first_connected_at: undefined,
    last_connected_at: undefined,
    apps: [],
    ...over,
  });
}

export interface WsOpts {
  name: string;
  owner?: string;
  template?: string;
  status: string;
  transition?: string;
  /** When the job was created; started/completed follow from the status. */
  since: number;
  job?: Partial<WireJob>;
  build?: Partial<WireBuild>;
  agents?: WireAgent[];
  extra?: Partial<WireWorkspace>;
  healthy?: boolean;
}

/** The job status that goes with each workspace status. */
export const JOB_STATUS: Record<string, string> = {
  pending: "pending",
  starting: "running",
  stopping: "running",
  deleting: "running",
  running: "succeeded",
  stopped: "succeeded",
  failed: "failed",
  canceling: "canceling",
  canceled: "canceled",
};

/** A list entry whose latest build entered `status` `since` ms before NOW. */
export function ws(o: WsOpts): WireWorkspace {
  const id = uuid();
  const at = ago(o.since);
  const running = ["starting", "stopping", "deleting"].includes(o.status);
  const done = ["running", "stopped", "failed", "canceled"].includes(o.status);
  const owner = o.owner ?? "alice";
  const jobId = uuid();
  const resourceId = uuid();
  const agents = (o.agents ?? (o.status === "running" ? [agent()] : [])).map((a) => ({
    ...a,
    resource_id: resourceId,
  }));
  const unhealthy = agents.filter((a) => a.health?.healthy === false).map((a) => a.id);
  const transition =
    o.transition ?? (o.status === "stopped" || o.status === "stopping" ? "stop" : "start");
  return {
    id,
    name: o.name,
    owner_id: ownerId(owner),
    owner_name: owner,
    owner_avatar_url: "",
    organization_id: ORG_ID,
    organization_name: "coder",
    template_id: TEMPLATE_ID,
    template_name: o.template ?? "docker",
    template_display_name: "",
    template_icon: "",
    template_allow_user_cancel_workspace_jobs: true,
    template_active_version_id: VERSION_ID,
    template_require_active_version: false,
    created_at: ago(30 * DAY),
    updated_at: at,
    last_used_at: ago(HOUR),
    latest_app_status: null,
    outdated: false,
    deleting_at: null,
    dormant_at: null,
    automatic_updates: "never",
    allow_renames: false,
    favorite: false,
    next_start_at: null,
    is_prebuild: false,
    health: { healthy: o.healthy ?? unhealthy.length === 0, failing_agents: unhealthy },
    ...o.extra,
    latest_build: {
      id: uuid(),
      build_number: 3,
      status: o.status,
      transition,
      reason: "initiator",
      initiator_id: ownerId(owner),
      initiator_name: owner,
      created_at: running || done ? ago(o.since + 2 * MIN) : at,
      updated_at: at,
      workspace_id: id,
      workspace_name: o.name,
      workspace_owner_id: ownerId(owner),
      workspace_owner_name: owner,
      template_version_id: VERSION_ID,
      template_version_name: "v1",
      template_version_preset_id: null,
      has_external_agent: false,
      daily_cost: 10,
      resources: agents.length
        ? [
            {
              id: resourceId,
              name: "vm",
              type: "docker_container",
              icon: "",
              hide: false,
              daily_cost: 10,
              created_at: ago(o.since),
              job_id: jobId,
              workspace_transition: transition,
              agents,
            },
          ]
        : [],
      ...o.build,
      job: {
        id: jobId,
        status: JOB_STATUS[o.status] ?? "unknown",
        created_at: running || done ? ago(o.since + 2 * MIN) : at,
        ...(running ? { started_at: at } : {}),
        ...(done ? { started_at: ago(o.since + MIN), completed_at: at } : {}),
        ...(o.status === "canceling" ? { started_at: ago(o.since + MIN), canceled_at: at } : {}),
        file_id: uuid(),
        tags: {},
        queue_position: 0,
        queue_size: 0,
        organization_id: ORG_ID,
        type: "workspace_build",
        ...o.job,
      },
    },
  };
}

/** Serves `workspaces` as the whole fleet for this test. */
export function serveFleet(workspaces: WireWorkspace[]) {
  server.use(
    http.get("*/api/v2/workspaces", () =>
      HttpResponse.json({ count: workspaces.length, workspaces } satisfies WireWorkspacesResponse),
    ),
  );
}
