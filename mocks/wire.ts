// The fleet's own wire shapes, written from ../shared/api/deployed-coderd-notes.md (codersdk's JSON),
// not derived from the app: a fake that shares the app's types cannot catch the app's mistakes.
// `?` = the field may be omitted; `| null` = coderd sends null. Old-shaped workspaces (servers before
// agent health and lifecycle) omit `health`, `lifecycle_state` and `scripts`, send `startup_script`
// and a `{time, valid}` deadline. Enum-like fields are `string`: the fleet also carries values the
// dashboard does not know, to be shown as neutral text. At the end, the app's schemas are checked
// against these shapes at the type level only.
import type { ErrorBody, Workspace } from "../src/coderd/schemas";

export type WireNullTime = { time: string; valid: boolean };

export type WireDERPRegion = { latency_ms: number; preferred: boolean };

export type WireHealthcheck = { url: string; interval: number; threshold: number };

export type WireApp = {
  id: string;
  url?: string;
  external: boolean;
  slug: string;
  display_name: string;
  command?: string;
  icon?: string;
  subdomain: boolean;
  subdomain_name?: string;
  /** owner | authenticated | organization | public */
  sharing_level: string;
  healthcheck: WireHealthcheck;
  /** disabled | initializing | healthy | unhealthy */
  health: string;
  hidden: boolean;
  /** slim-window | tab */
  open_in: string;
  group?: string;
  tooltip?: string;
  statuses: unknown[];
};

export type WireAgentHealth = { healthy: boolean; reason?: string };

export type WireAgentScript = {
  id: string;
  log_source_id: string;
  display_name: string;
  script: string;
  cron: string;
  run_on_start: boolean;
  run_on_stop: boolean;
  start_blocks_login: boolean;
  /** Seconds; 0 = none. */
  timeout: number;
};

export type WireLogSource = { id: string; display_name: string; icon: string };

export type WireAgent = {
  id: string;
  parent_id: string | null;
  resource_id: string;
  name: string;
  created_at: string;
  updated_at: string;
  first_connected_at?: string;
  last_connected_at?: string;
  disconnected_at?: string;
  started_at?: string;
  ready_at?: string;
  /** connecting | connected | disconnected | timeout */
  status: string;
  /** Absent on old servers. */
  lifecycle_state?: string;
  /** Absent on old servers. */
  health?: WireAgentHealth;
  architecture: string;
  operating_system: string;
  environment_variables: Record<string, string> | null;
  directory?: string;
  expanded_directory?: string;
  instance_id?: string;
  /** "" until first connect. */
  version: string;
  api_version: string;
  apps: WireApp[];
  latency?: Record<string, WireDERPRegion>;
  /** 0 = no timeout. */
  connection_timeout_seconds: number;
  troubleshooting_url: string;
  subsystems: string[];
  display_apps: string[];
  log_sources: WireLogSource[];
  logs_length: number;
  logs_overflowed: boolean;
  /** Today's servers. */
  scripts?: WireAgentScript[];
  /** Old servers. */
  startup_script?: string;
  startup_script_behavior?: string;
};

export type WireMetadata = { key: string; value: string; sensitive: boolean };

export type WireResource = {
  id: string;
  created_at: string;
  job_id: string;
  workspace_transition: string;
  type: string;
  name: string;
  hide: boolean;
  icon: string;
  daily_cost: number;
  agents?: WireAgent[];
  metadata?: WireMetadata[];
};

export type WireJob = {
  id: string;
  created_at: string;
  started_at?: string;
  completed_at?: string;
  canceled_at?: string;
  error?: string;
  /** REQUIRED_TEMPLATE_VARIABLES | INSUFFICIENT_QUOTA */
  error_code?: string;
  /** pending | running | succeeded | canceling | canceled | failed | unknown */
  status: string;
  worker_id?: string;
  file_id: string;
  tags: Record<string, string>;
  queue_position: number;
  queue_size: number;
  organization_id: string;
  type: string;
  available_workers?: string[];
};

export type WireMatchedProvisioners = {
  count: number;
  available: number;
  most_recently_seen?: string;
};

export type WireBuild = {
  id: string;
  created_at: string;
  updated_at: string;
  workspace_id: string;
  workspace_name: string;
  workspace_owner_id: string;
  workspace_owner_name: string;
  template_version_id: string;
  template_version_name: string;
  build_number: number;
  /** start | stop | delete */
  transition: string;
  initiator_id: string;
  initiator_name: string;
  job: WireJob;
  reason: string;
  resources: WireResource[];
  /** RFC 3339 today; `{time, valid}` on old servers. */
  deadline?: string | WireNullTime | null;
  max_deadline?: string;
  status: string;
  daily_cost: number;
  matched_provisioners?: WireMatchedProvisioners;
  template_version_preset_id: string | null;
  has_external_agent: boolean;
};

export type WireWorkspaceHealth = { healthy: boolean; failing_agents: string[] };

export type WireWorkspace = {
  id: string;
  created_at: string;
  updated_at: string;
  owner_id: string;
  owner_name: string;
  owner_avatar_url: string;
  organization_id: string;
  organization_name: string;
  template_id: string;
  template_name: string;
  template_display_name: string;
  template_icon: string;
  template_allow_user_cancel_workspace_jobs: boolean;
  template_active_version_id: string;
  template_require_active_version: boolean;
  latest_build: WireBuild;
  latest_app_status: null;
  outdated: boolean;
  name: string;
  autostart_schedule?: string;
  ttl_ms?: number;
  last_used_at: string;
  deleting_at: string | null;
  dormant_at: string | null;
  /** Absent on old servers. */
  health?: WireWorkspaceHealth;
  automatic_updates: string;
  allow_renames: boolean;
  favorite: boolean;
  next_start_at: string | null;
  is_prebuild: boolean;
};

export type WireValidation = { field: string; detail: string };

/** codersdk.Response: every error body. */
export type WireResponse = { message: string; detail?: string; validations?: WireValidation[] };

export type WireWorkspacesResponse = { workspaces: WireWorkspace[]; count: number };

// The app's schemas against these shapes, at the type level only (no runtime code of src/ reaches the
// fake). A field the app declares that the wire lacks fails tsc with its path ("latest_build.resources
// [].agents[].version" does not satisfy 'never'); a type the two disagree on fails with the field.
type Primitive = string | number | boolean | bigint | symbol | null | undefined;
type Join<P extends string, K extends string> = P extends "" ? K : `${P}.${K}`;
type ElementOf<W> = W extends readonly (infer E)[] ? E : never;
type ObjectPart<W> = Exclude<Extract<W, object>, readonly unknown[]>;
type ValueOf<W> = W extends Record<string, infer V> ? V : never;

/** Every path the app's type `A` declares that the wire type `W` lacks, as `"a.b[].c"` strings. */
export type MissingPaths<A, W, P extends string = ""> = A extends Primitive
  ? never
  : A extends readonly (infer E)[]
    ? MissingPaths<E, ElementOf<NonNullable<W>>, `${P}[]`>
    : string extends keyof A
      ? MissingPaths<A[string & keyof A], ValueOf<ObjectPart<W>>, Join<P, "*">>
      : {
          [K in keyof A & string]-?: K extends keyof ObjectPart<W>
            ? MissingPaths<NonNullable<A[K]>, NonNullable<ObjectPart<W>[K]>, Join<P, K>>
            : Join<P, K>;
        }[keyof A & string];

/** What the tolerant parser makes of the wire: a null field reads as absent. */
export type NullsAbsent<W> = W extends readonly (infer E)[]
  ? NullsAbsent<E>[]
  : W extends object
    ? {
        [K in keyof W]: null extends W[K]
          ? NullsAbsent<NonNullable<W[K]>> | undefined
          : NullsAbsent<W[K]>;
      }
    : W;

type NoneMissing<Paths extends never> = Paths;
type Agrees<Wire extends App, App> = [Wire, App];

export type WireMatchesApp = [
  NoneMissing<MissingPaths<Workspace, WireWorkspace>>,
  Agrees<NullsAbsent<WireWorkspace>, Workspace>,
  NoneMissing<MissingPaths<ErrorBody, WireResponse>>,
  Agrees<NullsAbsent<WireResponse>, ErrorBody>,
];
