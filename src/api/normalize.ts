import type {
  DERPRegion,
  Deadline,
  Healthcheck,
  ProvisionerJob,
  Response,
  ValidationError,
  Workspace,
  WorkspaceAgent,
  WorkspaceApp,
  WorkspaceBuild,
  WorkspaceResource,
  WorkspaceResourceMetadata,
  WorkspacesResponse,
} from "./types";
import { matchesFilter, type WorkspaceFilter } from "../domain/filter";

// Server data is untrusted: every field is checked against its declared type and dropped when it does
// not match, so views can rely on the types (a string is a string or absent) and never crash.

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(o: Obj, k: string): string | undefined {
  const v = o[k];
  return typeof v === "string" ? v : undefined;
}

function num(o: Obj, k: string): number | undefined {
  const v = o[k];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function bool(o: Obj, k: string): boolean | undefined {
  const v = o[k];
  return typeof v === "boolean" ? v : undefined;
}

function list<T>(o: Obj, k: string, item: (v: Obj) => T): T[] | undefined {
  const v = o[k];
  return Array.isArray(v) ? v.filter(isObj).map(item) : undefined;
}

function stringMap(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(v)) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** Drops keys whose value is undefined, so objects compare and print cleanly. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(o)) if (value !== undefined) out[key] = value;
  return out as T;
}

function deadline(o: Obj): Deadline | undefined {
  const v = o.deadline;
  if (v === null || typeof v === "string") return v;
  if (isObj(v)) return compact({ time: str(v, "time"), valid: bool(v, "valid") });
  return undefined;
}

function healthcheck(o: Obj): Healthcheck {
  return compact({
    interval: num(o, "interval"),
    threshold: num(o, "threshold"),
    url: str(o, "url"),
  });
}

function app(o: Obj): WorkspaceApp {
  return compact({
    id: str(o, "id"),
    slug: str(o, "slug"),
    display_name: str(o, "display_name"),
    command: str(o, "command"),
    icon: str(o, "icon"),
    health: str(o, "health"),
    healthcheck: isObj(o.healthcheck) ? healthcheck(o.healthcheck) : undefined,
    sharing_level: str(o, "sharing_level"),
    subdomain: bool(o, "subdomain"),
  });
}

function latency(v: unknown): Record<string, DERPRegion> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, DERPRegion> = {};
  for (const [region, r] of Object.entries(v)) {
    if (isObj(r))
      out[region] = compact({ latency_ms: num(r, "latency_ms"), preferred: bool(r, "preferred") });
  }
  return out;
}

function agent(o: Obj): WorkspaceAgent {
  return compact({
    id: str(o, "id"),
    name: str(o, "name"),
    status: str(o, "status"),
    apps: list(o, "apps", app),
    architecture: str(o, "architecture"),
    operating_system: str(o, "operating_system"),
    connection_timeout_seconds: num(o, "connection_timeout_seconds"),
    created_at: str(o, "created_at"),
    updated_at: str(o, "updated_at"),
    directory: str(o, "directory"),
    first_connected_at: str(o, "first_connected_at"),
    last_connected_at: str(o, "last_connected_at"),
    disconnected_at: str(o, "disconnected_at"),
    environment_variables: stringMap(o.environment_variables),
    instance_id: str(o, "instance_id"),
    latency: latency(o.latency),
    resource_id: str(o, "resource_id"),
    startup_script: str(o, "startup_script"),
    troubleshooting_url: str(o, "troubleshooting_url"),
    version: str(o, "version"),
  });
}

function metadata(o: Obj): WorkspaceResourceMetadata {
  return compact({ key: str(o, "key"), value: str(o, "value"), sensitive: bool(o, "sensitive") });
}

function resource(o: Obj): WorkspaceResource {
  return compact({
    id: str(o, "id"),
    name: str(o, "name"),
    type: str(o, "type"),
    icon: str(o, "icon"),
    hide: bool(o, "hide"),
    daily_cost: num(o, "daily_cost"),
    created_at: str(o, "created_at"),
    job_id: str(o, "job_id"),
    workspace_transition: str(o, "workspace_transition"),
    agents: list(o, "agents", agent),
    metadata: list(o, "metadata", metadata),
  });
}

function job(o: Obj): ProvisionerJob {
  return compact({
    id: str(o, "id"),
    status: str(o, "status"),
    created_at: str(o, "created_at"),
    started_at: str(o, "started_at"),
    completed_at: str(o, "completed_at"),
    canceled_at: str(o, "canceled_at"),
    error: str(o, "error"),
    file_id: str(o, "file_id"),
    worker_id: str(o, "worker_id"),
    tags: stringMap(o.tags),
  });
}

function build(o: Obj, withResources: boolean): WorkspaceBuild {
  return compact({
    id: str(o, "id"),
    build_number: num(o, "build_number"),
    created_at: str(o, "created_at"),
    updated_at: str(o, "updated_at"),
    daily_cost: num(o, "daily_cost"),
    deadline: deadline(o),
    initiator_id: str(o, "initiator_id"),
    initiator_name: str(o, "initiator_name"),
    job: isObj(o.job) ? job(o.job) : undefined,
    reason: str(o, "reason"),
    resources: withResources ? list(o, "resources", resource) : undefined,
    status: str(o, "status"),
    template_version_id: str(o, "template_version_id"),
    template_version_name: str(o, "template_version_name"),
    transition: str(o, "transition"),
    workspace_id: str(o, "workspace_id"),
    workspace_name: str(o, "workspace_name"),
    workspace_owner_id: str(o, "workspace_owner_id"),
    workspace_owner_name: str(o, "workspace_owner_name"),
  });
}

/**
 * A workspace as the detail page needs it. The list keeps no resources (`withResources: false`): at
 * thousands of workspaces they are most of the payload's weight, and no list view shows them.
 */
export function toWorkspace(v: unknown, { withResources = true } = {}): Workspace {
  if (!isObj(v)) return {};
  return compact({
    id: str(v, "id"),
    name: str(v, "name"),
    owner_id: str(v, "owner_id"),
    owner_name: str(v, "owner_name"),
    template_id: str(v, "template_id"),
    template_name: str(v, "template_name"),
    template_display_name: str(v, "template_display_name"),
    template_icon: str(v, "template_icon"),
    template_allow_user_cancel_workspace_jobs: bool(v, "template_allow_user_cancel_workspace_jobs"),
    latest_build: isObj(v.latest_build) ? build(v.latest_build, withResources) : undefined,
    outdated: bool(v, "outdated"),
    autostart_schedule: str(v, "autostart_schedule"),
    ttl_ms: num(v, "ttl_ms"),
    created_at: str(v, "created_at"),
    updated_at: str(v, "updated_at"),
    last_used_at: str(v, "last_used_at"),
  });
}

function rawHasAgent(o: Obj): boolean {
  const build = o.latest_build;
  const resources = isObj(build) ? build.resources : undefined;
  return (
    Array.isArray(resources) &&
    resources.some((r) => isObj(r) && Array.isArray(r.agents) && r.agents.length > 0)
  );
}

/**
 * The list, slimmed (see toWorkspace) and held to `filter`: servers differ in which filters they
 * honour (a deployed coderd reads only `q`; none filters `has_agent` as a boolean or lists deleted
 * workspaces), so what the controls say is checked here too and never shown wrong.
 */
export function toWorkspacesResponse(v: unknown, filter: WorkspaceFilter = {}): WorkspacesResponse {
  if (!isObj(v)) return { count: 0, workspaces: [] };
  const raw = Array.isArray(v.workspaces) ? v.workspaces.filter(isObj) : [];
  const workspaces: Workspace[] = [];
  for (const o of raw) {
    const w = toWorkspace(o, { withResources: false });
    if (matchesFilter(w, rawHasAgent(o), filter)) workspaces.push(w);
  }
  const count = num(v, "count");
  return {
    count: workspaces.length === raw.length && count !== undefined ? count : workspaces.length,
    workspaces,
  };
}

function validation(o: Obj): ValidationError {
  return { field: str(o, "field") ?? "", detail: str(o, "detail") ?? "" };
}

/** Reads an error body; anything that is not a codersdk.Response yields an empty one. */
export function toErrorResponse(v: unknown): Response {
  if (!isObj(v)) return {};
  return compact({
    message: str(v, "message"),
    detail: str(v, "detail"),
    validations: list(v, "validations", validation),
  });
}
