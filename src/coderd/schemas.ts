// coderd's API v2 for the workspaces endpoints, as schemas that parse untrusted JSON, with the types
// inferred from them. Fields follow today's coderd (../shared/api/deployed-coderd-notes.md) and the
// early reference (coderd-workspaces-api.md); every field is optional, because old servers lack the
// new ones and a mistyped field degrades to absent. Enum-like fields stay `string`: newer servers add
// values the dashboard must still show (as neutral text).
import {
  array,
  boolean,
  extend,
  isNull,
  number,
  object,
  omit,
  record,
  string,
  union,
  type Infer,
  type Schema,
} from "./tolerantSchema";

export const NullTimeSchema = object({ time: string, valid: boolean });
export type NullTime = Infer<typeof NullTimeSchema>;

/** The reference documents a NullTime object; a deployed coderd sends an RFC 3339 string or null. */
export const DeadlineSchema = union(union(string, NullTimeSchema), isNull);
export type Deadline = Infer<typeof DeadlineSchema>;

export interface ValidationError {
  field: string;
  detail: string;
}
const ValidationFields = object({ field: string, detail: string });
export const ValidationErrorSchema: Schema<ValidationError> = (v) => {
  const fields = ValidationFields(v);
  return fields && { field: fields.field ?? "", detail: fields.detail ?? "" };
};

/** codersdk.Response: the body of every error coderd answers. */
export const ErrorBodySchema = object({
  message: string,
  detail: string,
  validations: array(ValidationErrorSchema),
});
export type ErrorBody = Infer<typeof ErrorBodySchema>;

export const DERPRegionSchema = object({ latency_ms: number, preferred: boolean });
export type DERPRegion = Infer<typeof DERPRegionSchema>;

export const HealthcheckSchema = object({
  /** Seconds between checks. */
  interval: number,
  /** Consecutive failures before "unhealthy". */
  threshold: number,
  url: string,
});
export type Healthcheck = Infer<typeof HealthcheckSchema>;

export const WorkspaceAppSchema = object({
  id: string,
  slug: string,
  display_name: string,
  url: string,
  external: boolean,
  command: string,
  icon: string,
  /** disabled | initializing | healthy | unhealthy */
  health: string,
  healthcheck: HealthcheckSchema,
  /** owner | authenticated | organization | public */
  sharing_level: string,
  subdomain: boolean,
  subdomain_name: string,
  /** Coder's own UI does not show hidden apps. */
  hidden: boolean,
  /** slim-window | tab */
  open_in: string,
  group: string,
  tooltip: string,
});
export type WorkspaceApp = Infer<typeof WorkspaceAppSchema>;

export const AgentHealthSchema = object({ healthy: boolean, reason: string });
export type AgentHealth = Infer<typeof AgentHealthSchema>;

export const AgentScriptSchema = object({
  id: string,
  log_source_id: string,
  display_name: string,
  script: string,
  cron: string,
  run_on_start: boolean,
  run_on_stop: boolean,
  start_blocks_login: boolean,
  /** Seconds; 0 = none. */
  timeout: number,
});
export type AgentScript = Infer<typeof AgentScriptSchema>;

export const LogSourceSchema = object({ id: string, display_name: string, icon: string });

export const WorkspaceAgentSchema = object({
  id: string,
  /** A sub-agent's parent (dev containers). */
  parent_id: string,
  resource_id: string,
  name: string,
  /** connecting | connected | disconnected | timeout */
  status: string,
  /** created | starting | start_timeout | start_error | ready | shutting_down | shutdown_timeout | shutdown_error | off */
  lifecycle_state: string,
  health: AgentHealthSchema,
  apps: array(WorkspaceAppSchema),
  architecture: string,
  operating_system: string,
  /** 0 = no timeout. */
  connection_timeout_seconds: number,
  created_at: string,
  updated_at: string,
  first_connected_at: string,
  last_connected_at: string,
  disconnected_at: string,
  started_at: string,
  ready_at: string,
  directory: string,
  expanded_directory: string,
  /** A deployed coderd can send null (parsed as absent). */
  environment_variables: record(string),
  instance_id: string,
  /** Keyed by DERP region name. */
  latency: record(DERPRegionSchema),
  troubleshooting_url: string,
  /** "" until the agent first connects. */
  version: string,
  api_version: string,
  subsystems: array(string),
  display_apps: array(string),
  log_sources: array(LogSourceSchema),
  logs_length: number,
  logs_overflowed: boolean,
  /** Today's servers: one entry per script. */
  scripts: array(AgentScriptSchema),
  /** Old servers: one startup script on the agent. */
  startup_script: string,
  startup_script_behavior: string,
});
export type WorkspaceAgent = Infer<typeof WorkspaceAgentSchema>;

export const WorkspaceResourceMetadataSchema = object({
  key: string,
  value: string,
  /** Arrives in clear text: the dashboard masks it until revealed. */
  sensitive: boolean,
});
export type WorkspaceResourceMetadata = Infer<typeof WorkspaceResourceMetadataSchema>;

export const WorkspaceResourceSchema = object({
  id: string,
  name: string,
  type: string,
  icon: string,
  hide: boolean,
  daily_cost: number,
  created_at: string,
  job_id: string,
  workspace_transition: string,
  agents: array(WorkspaceAgentSchema),
  metadata: array(WorkspaceResourceMetadataSchema),
});
export type WorkspaceResource = Infer<typeof WorkspaceResourceSchema>;

export const ProvisionerJobSchema = object({
  id: string,
  /** pending | running | succeeded | canceling | canceled | failed | unknown */
  status: string,
  created_at: string,
  started_at: string,
  completed_at: string,
  canceled_at: string,
  error: string,
  /** REQUIRED_TEMPLATE_VARIABLES | INSUFFICIENT_QUOTA */
  error_code: string,
  file_id: string,
  worker_id: string,
  tags: record(string),
  /** 0 once started. */
  queue_position: number,
  queue_size: number,
  organization_id: string,
  type: string,
  available_workers: array(string),
});
export type ProvisionerJob = Infer<typeof ProvisionerJobSchema>;

export const MatchedProvisionersSchema = object({
  count: number,
  /** 0 = no provisioner can run this job. */
  available: number,
  most_recently_seen: string,
});
export type MatchedProvisioners = Infer<typeof MatchedProvisionersSchema>;

export const WorkspaceBuildSchema = object({
  id: string,
  build_number: number,
  created_at: string,
  updated_at: string,
  daily_cost: number,
  deadline: DeadlineSchema,
  /** The latest the workspace may run, whatever activity bumps the deadline. */
  max_deadline: string,
  initiator_id: string,
  initiator_name: string,
  job: ProvisionerJobSchema,
  /** initiator | dashboard | cli | ssh_connection | vscode_connection | jetbrains_connection | autostart | autostop | dormancy | … */
  reason: string,
  resources: array(WorkspaceResourceSchema),
  /** pending | starting | running | stopping | stopped | failed | canceling | canceled | deleting | deleted */
  status: string,
  template_version_id: string,
  template_version_name: string,
  template_version_preset_id: string,
  /** start | stop | delete */
  transition: string,
  workspace_id: string,
  workspace_name: string,
  workspace_owner_id: string,
  workspace_owner_name: string,
  matched_provisioners: MatchedProvisionersSchema,
  has_external_agent: boolean,
});
export type WorkspaceBuild = Infer<typeof WorkspaceBuildSchema>;

export const WorkspaceHealthSchema = object({ healthy: boolean, failing_agents: array(string) });
export type WorkspaceHealth = Infer<typeof WorkspaceHealthSchema>;

export const WorkspaceSchema = object({
  id: string,
  name: string,
  created_at: string,
  updated_at: string,
  owner_id: string,
  owner_name: string,
  owner_avatar_url: string,
  organization_id: string,
  organization_name: string,
  template_id: string,
  template_name: string,
  template_display_name: string,
  template_icon: string,
  template_allow_user_cancel_workspace_jobs: boolean,
  template_active_version_id: string,
  /** The next start updates an outdated workspace to the active version. */
  template_require_active_version: boolean,
  latest_build: WorkspaceBuildSchema,
  outdated: boolean,
  autostart_schedule: string,
  ttl_ms: number,
  /** "0001-01-01T00:00:00Z" when never used. */
  last_used_at: string,
  /** Set: the workspace is dormant. */
  dormant_at: string,
  /** When a dormant workspace will be deleted. */
  deleting_at: string,
  health: WorkspaceHealthSchema,
  /** always | never */
  automatic_updates: string,
  allow_renames: boolean,
  favorite: boolean,
  next_start_at: string,
  is_prebuild: boolean,
});
export type Workspace = Infer<typeof WorkspaceSchema>;

// List entries keep what the list, its filters and triage read (agents' states, health, latency and
// apps' health) and drop the weight only the detail page shows: at thousands of workspaces metadata,
// environments and scripts are most of the payload.
const ListAppSchema = omit(WorkspaceAppSchema, ["healthcheck", "tooltip"]);
const ListAgentSchema = extend(
  omit(WorkspaceAgentSchema, [
    "environment_variables",
    "scripts",
    "startup_script",
    "log_sources",
    "subsystems",
    "display_apps",
  ]),
  { apps: array(ListAppSchema) },
);
const ListResourceSchema = extend(omit(WorkspaceResourceSchema, ["metadata"]), {
  agents: array(ListAgentSchema),
});
export const ListWorkspaceSchema = extend(WorkspaceSchema, {
  latest_build: extend(WorkspaceBuildSchema, { resources: array(ListResourceSchema) }),
});
