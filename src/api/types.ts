// Schemas of coderd's API v2 for the workspaces endpoints (see ../shared/api/coderd-workspaces-api.md).
// Every field is optional: the reference marks none as required and a deployed coderd omits empty ones.
// Enum-like fields stay `string`, because newer servers add values the dashboard must still show.

export interface NullTime {
  time?: string;
  valid?: boolean;
}

/** The reference documents a NullTime object; a deployed coderd sends an RFC3339 string or null. */
export type Deadline = NullTime | string | null;

export interface ValidationError {
  field: string;
  detail: string;
}

/** codersdk.Response: the body of every error. */
export interface Response {
  message?: string;
  detail?: string;
  validations?: ValidationError[];
}

export interface DERPRegion {
  latency_ms?: number;
  preferred?: boolean;
}

export interface Healthcheck {
  /** Seconds between checks. */
  interval?: number;
  /** Consecutive failures before "unhealthy". */
  threshold?: number;
  url?: string;
}

export interface WorkspaceApp {
  id?: string;
  slug?: string;
  display_name?: string;
  command?: string;
  icon?: string;
  /** disabled | initializing | healthy | unhealthy */
  health?: string;
  healthcheck?: Healthcheck;
  /** owner | authenticated | public */
  sharing_level?: string;
  subdomain?: boolean;
}

export interface WorkspaceAgent {
  id?: string;
  name?: string;
  /** connecting | connected | disconnected | timeout */
  status?: string;
  apps?: WorkspaceApp[];
  architecture?: string;
  operating_system?: string;
  connection_timeout_seconds?: number;
  created_at?: string;
  updated_at?: string;
  directory?: string;
  first_connected_at?: string;
  last_connected_at?: string;
  disconnected_at?: string;
  /** A deployed coderd can send null. */
  environment_variables?: Record<string, string> | null;
  instance_id?: string;
  /** Keyed by DERP region name. */
  latency?: Record<string, DERPRegion>;
  resource_id?: string;
  startup_script?: string;
  troubleshooting_url?: string;
  /** "" until the agent first connects. */
  version?: string;
}

export interface WorkspaceResourceMetadata {
  key?: string;
  value?: string;
  sensitive?: boolean;
}

export interface WorkspaceResource {
  id?: string;
  name?: string;
  type?: string;
  icon?: string;
  hide?: boolean;
  daily_cost?: number;
  created_at?: string;
  job_id?: string;
  workspace_transition?: string;
  agents?: WorkspaceAgent[];
  metadata?: WorkspaceResourceMetadata[];
}

export interface ProvisionerJob {
  id?: string;
  /** pending | running | succeeded | canceling | canceled | failed */
  status?: string;
  created_at?: string;
  started_at?: string;
  completed_at?: string;
  canceled_at?: string;
  error?: string;
  file_id?: string;
  worker_id?: string;
  tags?: Record<string, string>;
}

export interface WorkspaceBuild {
  id?: string;
  build_number?: number;
  created_at?: string;
  updated_at?: string;
  daily_cost?: number;
  deadline?: Deadline;
  initiator_id?: string;
  initiator_name?: string;
  job?: ProvisionerJob;
  /** initiator | autostart | autostop */
  reason?: string;
  resources?: WorkspaceResource[];
  /** pending | starting | running | stopping | stopped | failed | canceling | canceled | deleting | deleted */
  status?: string;
  template_version_id?: string;
  template_version_name?: string;
  /** start | stop | delete */
  transition?: string;
  workspace_id?: string;
  workspace_name?: string;
  workspace_owner_id?: string;
  workspace_owner_name?: string;
}

export interface Workspace {
  id?: string;
  name?: string;
  owner_id?: string;
  owner_name?: string;
  template_id?: string;
  template_name?: string;
  template_display_name?: string;
  template_icon?: string;
  template_allow_user_cancel_workspace_jobs?: boolean;
  latest_build?: WorkspaceBuild;
  outdated?: boolean;
  autostart_schedule?: string;
  ttl_ms?: number;
  created_at?: string;
  updated_at?: string;
  /** "0001-01-01T00:00:00Z" when never used. */
  last_used_at?: string;
}

export interface WorkspacesResponse {
  count?: number;
  workspaces?: Workspace[];
}
