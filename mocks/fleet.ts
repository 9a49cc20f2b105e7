import type { Directory, SearchableWorkspace } from "./coderdSearch";
import type {
  WireAgent,
  WireAgentHealth,
  WireApp,
  WireBuild,
  WireDERPRegion,
  WireHealthcheck,
  WireJob,
  WireNullTime,
  WireResource,
  WireWorkspace,
} from "./wire";

// A deterministic fleet in today's coderd shapes (../shared/api/deployed-coderd-notes.md): the same
// size, seed, clock and caller always give the same workspaces. The first workspaces are named
// variants covering every state the dashboard must render and triage; the rest are drawn from a
// seeded generator. The dev demo, the unit tests, the browser tests and the benchmark share it.

export const ZERO_TIME = "0001-01-01T00:00:00Z";

export const OWNERS = [
  "alice",
  "bob",
  "carol",
  "dave",
  "erin",
  "frank",
  "grace",
  "heidi",
  "ivan",
  "judy",
  "mallory",
  "niaj",
] as const;

interface Template {
  name: string;
  display: string;
  icon: string;
  os: string;
  arch: string;
  cost: number;
  /** Index into ORGANIZATIONS. */
  org: number;
}

export const TEMPLATES: readonly Template[] = [
  {
    name: "docker-dev",
    display: "Docker development",
    icon: "/icon/docker.svg",
    os: "linux",
    arch: "amd64",
    org: 0,
    cost: 2,
  },
  {
    name: "kubernetes-pod",
    display: "Kubernetes pod",
    icon: "/icon/kubernetes.svg",
    os: "linux",
    arch: "amd64",
    org: 0,
    cost: 3,
  },
  {
    name: "aws-linux",
    display: "AWS EC2 (Linux)",
    icon: "/icon/aws.svg",
    os: "linux",
    arch: "arm64",
    org: 0,
    cost: 8,
  },
  {
    name: "aws-windows",
    display: "AWS EC2 (Windows)",
    icon: "/icon/windows.svg",
    os: "windows",
    arch: "amd64",
    org: 0,
    cost: 12,
  },
  {
    name: "gcp-vm",
    display: "Google Cloud VM",
    icon: "/icon/gcp.svg",
    os: "linux",
    arch: "amd64",
    org: 0,
    cost: 6,
  },
  {
    name: "mac-mini",
    display: "Mac mini (macOS)",
    icon: "/icon/apple.svg",
    os: "darwin",
    arch: "arm64",
    org: 0,
    cost: 10,
  },
  {
    name: "jupyter-gpu",
    display: "Jupyter with GPU",
    icon: "/icon/jupyter.svg",
    os: "linux",
    arch: "amd64",
    org: 1,
    cost: 25,
  },
  // Display name and icon left empty, as a deployed coderd sends them: the UI falls back.
  { name: "raspberry-pi", display: "", icon: "", os: "linux", arch: "armv7", cost: 1, org: 1 },
];

const REGIONS = ["New York City", "Frankfurt", "Sydney", "São Paulo", "Tokyo", "Unnamed 999"];

const ADJECTIVES = [
  "amber",
  "brisk",
  "calm",
  "dusty",
  "eager",
  "fuzzy",
  "glad",
  "hazy",
  "icy",
  "jolly",
  "keen",
  "lucky",
  "misty",
  "noble",
  "olive",
  "plain",
  "quick",
  "rapid",
  "shy",
  "tidy",
];
const NOUNS = [
  "otter",
  "falcon",
  "maple",
  "canyon",
  "comet",
  "harbor",
  "lantern",
  "meadow",
  "pebble",
  "quartz",
  "river",
  "summit",
  "tundra",
  "violet",
  "willow",
  "zephyr",
  "badger",
  "cedar",
];

type Rng = () => number;

/** mulberry32: small, fast and good enough for fixtures. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: Rng, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function uuid(r: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Who the demo backend and the fake coderd answer as, unless told otherwise. */
export const DEFAULT_CALLER = "alice";

export const ORGANIZATIONS = [
  { id: "0c0de000-0000-4000-8000-000000000001", name: "coder", is_default: true },
  { id: "0c0de000-0000-4000-8000-000000000002", name: "research", is_default: false },
] as const;

export const GROUPS = [
  {
    id: "96000000-0000-4000-8000-000000000001",
    name: "platform",
    organization_id: ORGANIZATIONS[0].id,
  },
  { id: "96000000-0000-4000-8000-000000000002", name: "ml", organization_id: ORGANIZATIONS[0].id },
  {
    id: "96000000-0000-4000-8000-000000000003",
    name: "analysts",
    organization_id: ORGANIZATIONS[1].id,
  },
] as const;

const ADMIN = { id: "00000001-aaaa-4bbb-8ccc-00000001dddd", username: "admin" };

export function userId(username: string): string {
  const index = (OWNERS as readonly string[]).indexOf(username);
  if (index < 0) return ADMIN.id;
  const n = `0000000${index + 10}`.slice(-8);
  return `${n}-aaaa-4bbb-8ccc-${n}dddd`;
}

/** The deployment the fleet lives in, as the search oracle needs it. */
export function fleetDirectory(caller: string = DEFAULT_CALLER): Directory {
  return {
    caller,
    users: [ADMIN, ...OWNERS.map((username) => ({ id: userId(username), username }))],
    organizations: ORGANIZATIONS,
    groups: GROUPS,
  };
}

const templateId = (index: number) => `7e3b1a00-0000-4000-8000-${`${index}`.padStart(12, "0")}`;
const activeVersionId = (index: number) =>
  `7e3b1a00-0000-4000-9000-${`${index}`.padStart(12, "0")}`;

export type Scenario =
  | "healthy"
  | "failed"
  | "failed-quota"
  | "failed-variables"
  | "worker-timeout"
  | "job-unknown"
  | "starting"
  | "starting-stuck"
  | "pending"
  | "pending-no-provisioner"
  | "stopping"
  | "stopping-stuck"
  | "stopped"
  | "stopped-vm"
  | "stopped-dirty"
  | "shutdown-failed"
  | "canceling"
  | "canceling-stuck"
  | "canceled"
  | "deleting"
  | "deleted"
  | "connecting"
  | "disconnected"
  | "agent-timeout"
  | "start-error"
  | "start-timeout"
  | "agent-starting"
  | "agent-off"
  | "shutting-down"
  | "dormant"
  | "no-agents"
  | "unknown-enums";

interface Variant {
  owner: string;
  name: string;
  template: number;
  scenario: Scenario;
  outdated?: boolean;
  neverUsed?: boolean;
  latency?: "preferred" | "none-preferred" | "missing" | "far";
  deadline?: "object" | "string" | "null";
  /** A server from before agent health and lifecycle: startup_script, `{time, valid}` deadline. */
  oldShape?: boolean;
  favorite?: boolean;
  reason?: string;
  /** Dormant: when it will be deleted ("never" = deleting_at null). */
  dormant?: "scheduled" | "never";
  requireActive?: boolean;
  automaticUpdates?: boolean;
  external?: boolean;
  aiTask?: boolean;
  /** Groups and users it is shared with (names). */
  sharedWith?: { users?: string[]; groups?: string[] };
  devcontainer?: boolean;
}

/** Named workspaces that cover every state; tests and the demo refer to them by name. */
export const VARIANTS: readonly Variant[] = [
  {
    owner: "alice",
    name: "api-server",
    template: 0,
    scenario: "healthy",
    latency: "preferred",
    deadline: "string",
    favorite: true,
    reason: "dashboard",
    sharedWith: { users: ["bob"] },
  },
  { owner: "bob", name: "ml-training", template: 6, scenario: "failed" },
  { owner: "carol", name: "frontend-dev", template: 1, scenario: "starting", reason: "cli" },
  {
    owner: "dave",
    name: "legacy-vm",
    template: 2,
    scenario: "stopped-vm",
    outdated: true,
    requireActive: true,
    oldShape: true,
    deadline: "object",
  },
  { owner: "erin", name: "scratch", template: 0, scenario: "pending" },
  { owner: "frank", name: "data-pipeline", template: 4, scenario: "canceled" },
  { owner: "grace", name: "docs-site", template: 1, scenario: "canceling" },
  { owner: "heidi", name: "old-project", template: 0, scenario: "deleting" },
  { owner: "ivan", name: "retired", template: 2, scenario: "deleted" },
  { owner: "judy", name: "gpu-box", template: 6, scenario: "connecting", latency: "missing" },
  { owner: "mallory", name: "odd-one", template: 7, scenario: "unknown-enums", deadline: "string" },
  {
    owner: "niaj",
    name: "never-used",
    template: 3,
    scenario: "disconnected",
    neverUsed: true,
    latency: "none-preferred",
    deadline: "null",
  },
  { owner: "alice", name: "stopping-now", template: 5, scenario: "stopping" },
  { owner: "bob", name: "bucket-only", template: 4, scenario: "no-agents" },
  { owner: "carol", name: "stuck-worker", template: 2, scenario: "worker-timeout" },
  { owner: "dave", name: "weekend", template: 0, scenario: "stopped", outdated: true },
  // Today's failures and triage material.
  { owner: "erin", name: "quota-hit", template: 6, scenario: "failed-quota", reason: "dashboard" },
  { owner: "frank", name: "needs-vars", template: 2, scenario: "failed-variables", reason: "cli" },
  { owner: "grace", name: "limbo", template: 4, scenario: "job-unknown", reason: "ssh_connection" },
  { owner: "heidi", name: "no-provisioner", template: 6, scenario: "pending-no-provisioner" },
  {
    owner: "ivan",
    name: "slow-boot",
    template: 2,
    scenario: "starting-stuck",
    reason: "vscode_connection",
  },
  {
    owner: "judy",
    name: "cancel-hang",
    template: 1,
    scenario: "canceling-stuck",
    reason: "jetbrains_connection",
  },
  {
    owner: "mallory",
    name: "stop-hang",
    template: 4,
    scenario: "stopping-stuck",
    reason: "autostop",
  },
  {
    owner: "niaj",
    name: "agent-timeout",
    template: 2,
    scenario: "agent-timeout",
    reason: "autostart",
  },
  {
    owner: "alice",
    name: "broken-dotfiles",
    template: 0,
    scenario: "start-error",
    favorite: true,
    automaticUpdates: true,
  },
  { owner: "bob", name: "agent-off", template: 1, scenario: "agent-off" },
  { owner: "carol", name: "winding-down", template: 0, scenario: "shutting-down" },
  { owner: "dave", name: "slow-scripts", template: 4, scenario: "start-timeout" },
  { owner: "erin", name: "warming-up", template: 1, scenario: "agent-starting" },
  { owner: "frank", name: "stopped-dirty", template: 2, scenario: "stopped-dirty" },
  // The VM outlived the stop and its agent still reports: the shutdown script failed.
  { owner: "ivan", name: "shutdown-failed", template: 2, scenario: "shutdown-failed" },
  {
    owner: "grace",
    name: "dormant-box",
    template: 0,
    scenario: "dormant",
    dormant: "scheduled",
    reason: "dormancy",
    outdated: true,
    requireActive: true,
  },
  {
    owner: "heidi",
    name: "dormant-kept",
    template: 4,
    scenario: "dormant",
    dormant: "never",
    reason: "dormancy",
  },
  {
    owner: "heidi",
    name: "devcontainer",
    template: 6,
    scenario: "healthy",
    devcontainer: true,
    sharedWith: { groups: ["analysts"] },
  },
  { owner: "ivan", name: "far-away", template: 4, scenario: "healthy", latency: "far" },
  {
    owner: "judy",
    name: "ai-paused",
    template: 0,
    scenario: "stopped",
    reason: "task_auto_pause",
    aiTask: true,
  },
  {
    owner: "mallory",
    name: "ai-held",
    template: 0,
    scenario: "stopped",
    reason: "task_manual_pause",
    aiTask: true,
  },
  {
    owner: "niaj",
    name: "ai-resumed",
    template: 0,
    scenario: "healthy",
    reason: "task_resume",
    aiTask: true,
  },
  { owner: "alice", name: "old-style", template: 0, scenario: "healthy", oldShape: true },
  { owner: "bob", name: "external", template: 4, scenario: "healthy", external: true },
  {
    owner: "carol",
    name: "old-stopped",
    template: 3,
    scenario: "stopped",
    oldShape: true,
    deadline: "object",
  },
];

const RANDOM_SCENARIOS: readonly Scenario[] = [
  "healthy",
  "healthy",
  "healthy",
  "healthy",
  "healthy",
  "healthy",
  "stopped",
  "stopped",
  "stopped",
  "stopped-vm",
  "failed",
  "failed-quota",
  "starting",
  "stopping",
  "pending",
  "canceled",
  "connecting",
  "disconnected",
  "agent-timeout",
  "start-error",
  "deleting",
  "deleted",
  "canceling",
  "worker-timeout",
  "no-agents",
  "dormant",
];

const RANDOM_REASONS = [
  "initiator",
  "initiator",
  "dashboard",
  "dashboard",
  "cli",
  "ssh_connection",
  "vscode_connection",
  "jetbrains_connection",
];

const FAILED_ERROR = [
  "\u001b[1;31mError:\u001b[0m creating EC2 instance: InsufficientInstanceCapacity: We currently do not have",
  "sufficient p3.2xlarge capacity in the Availability Zone you requested (us-east-1a).",
  "",
  "  with aws_instance.dev,",
  '  on main.tf line 112, in resource "aws_instance" "dev":',
  ' 112: resource "aws_instance" "dev" {',
  "",
  "\u001b[33mHint:\u001b[0m retry in a few minutes or choose another zone.",
].join("\n");

const QUOTA_ERROR =
  "insufficient quota: the workspace would use 25 credits a day, your budget allows 10 more.";
const VARIABLES_ERROR =
  'required template variables need values: "aws_access_key_id", "aws_secret_access_key"';

interface Clock {
  now: number;
}

function iso(clock: Clock, agoMs: number): string {
  return new Date(clock.now - agoMs).toISOString();
}

const SEC = 1_000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function latencyMap(
  r: Rng,
  kind: Variant["latency"],
  pool: readonly string[] = REGIONS,
): Record<string, WireDERPRegion> | undefined {
  if (kind === "missing") return undefined;
  const count = 2 + Math.floor(r() * 3);
  const regions = [...pool].sort(() => r() - 0.5).slice(0, count);
  const map: Record<string, WireDERPRegion> = {};
  let best = "";
  let bestMs = Infinity;
  for (const region of regions) {
    const floor = kind === "far" ? 300 : 20;
    const ms = Math.round((floor + 1 + r() * 380) * 1000) / 1000;
    map[region] = { latency_ms: ms, preferred: false };
    if (ms < bestMs) {
      bestMs = ms;
      best = region;
    }
  }
  const target = map[best];
  if (kind !== "none-preferred" && target) target.preferred = true;
  return map;
}

/** coderd's agent health (db2sdk.WorkspaceAgent): the first rule that matches. */
export function agentHealth(status: string, lifecycle: string): WireAgentHealth {
  const shuttingDown = ["shutting_down", "shutdown_timeout", "shutdown_error", "off"];
  if (status !== "connected" && lifecycle === "off")
    return { healthy: false, reason: "agent is not running" };
  if (status === "connecting") return { healthy: false, reason: "agent has not yet connected" };
  if (status === "timeout")
    return { healthy: false, reason: "agent is taking too long to connect" };
  if (status === "disconnected") return { healthy: false, reason: "agent has lost connection" };
  if (lifecycle === "start_error")
    return { healthy: false, reason: "agent startup script exited with an error" };
  if (shuttingDown.includes(lifecycle)) return { healthy: false, reason: "agent is shutting down" };
  return { healthy: true };
}

function healthcheck(url: string, interval: number, threshold: number): WireHealthcheck {
  return { url, interval, threshold };
}

function app(r: Rng, fields: Partial<WireApp> & Pick<WireApp, "slug" | "display_name">): WireApp {
  return {
    id: uuid(r),
    external: false,
    subdomain: false,
    sharing_level: "owner",
    healthcheck: healthcheck("", 0, 0),
    health: "disabled",
    hidden: false,
    open_in: "slim-window",
    statuses: [],
    ...fields,
  };
}

function apps(r: Rng, agentStatus: string, v: Variant, owner: string): WireApp[] {
  const healthy = agentStatus === "connected";
  const list: WireApp[] = [
    app(r, {
      slug: "code-server",
      display_name: "VS Code Web",
      url: "http://localhost:13337/?folder=/home/coder",
      icon: "/icon/code.svg",
      health: healthy ? "healthy" : agentStatus === "connecting" ? "initializing" : "unhealthy",
      healthcheck: healthcheck("http://localhost:13337/healthz", 5, 6),
    }),
    app(r, {
      slug: "terminal",
      display_name: "Terminal",
      command: "bash -l",
      icon: "/icon/terminal.svg",
      open_in: "tab",
    }),
  ];
  if (r() < 0.6 || v.scenario === "healthy") {
    list.push(
      app(r, {
        slug: "preview",
        display_name: "Web preview",
        url: "http://localhost:3000",
        icon: "/icon/globe.svg",
        health: healthy ? (r() < 0.2 ? "unhealthy" : "healthy") : "unhealthy",
        healthcheck: healthcheck("http://localhost:3000/", 10, 3),
        sharing_level: r() < 0.5 ? "authenticated" : "public",
        subdomain: true,
        subdomain_name: `preview--main--${v.name}--${owner}`,
      }),
    );
  }
  if (v.devcontainer) {
    list.push(
      app(r, {
        slug: "docs",
        display_name: "Team docs",
        url: "https://docs.example.com/onboarding",
        external: true,
        icon: "/icon/globe.svg",
        open_in: "tab",
        group: "Links",
        tooltip: "Opens the team's onboarding guide",
      }),
      app(r, {
        slug: "grafana",
        display_name: "Grafana",
        url: "http://localhost:3001",
        icon: "/icon/server.svg",
        sharing_level: "organization",
        group: "Links",
        health: "unhealthy",
        healthcheck: healthcheck("http://localhost:3001/api/health", 15, 4),
      }),
      app(r, {
        slug: "debug-port",
        display_name: "Debug port",
        url: "http://localhost:9229",
        hidden: true,
      }),
    );
  }
  return list;
}

interface AgentState {
  status: string;
  lifecycle: string;
}

const LINUX_SCRIPT =
  "#!/bin/sh\nset -e\ncurl -fsSL https://code-server.dev/install.sh | sh\ncode-server --auth none --port 13337 >/tmp/code-server.log 2>&1 &";
const WINDOWS_SCRIPT = "choco install -y git vscode\r\nSet-Location C:\\Users\\coder";

function agent(
  r: Rng,
  clock: Clock,
  tpl: Template,
  resourceId: string,
  state: AgentState,
  v: Variant,
  name: string,
  parentId: string | null = null,
): WireAgent {
  const { status, lifecycle } = state;
  const created = iso(clock, 2 * HOUR + r() * DAY);
  const connectedEver = status === "connected" || status === "disconnected";
  const windows = tpl.os === "windows";
  const directory = windows ? "C:\\Users\\coder" : "/home/coder";
  const logSourceId = uuid(r);
  const a: WireAgent = {
    id: uuid(r),
    parent_id: parentId,
    resource_id: resourceId,
    name,
    created_at: created,
    updated_at: iso(clock, r() * 10 * MIN),
    status,
    architecture: tpl.arch,
    operating_system: tpl.os,
    environment_variables: {
      GIT_AUTHOR_NAME: "Coder",
      GITHUB_TOKEN: `ghp_${uuid(r).replace(/-/g, "").slice(0, 24)}`,
      EDITOR: "vim",
    },
    directory,
    instance_id: `i-${uuid(r).slice(0, 17).replace(/-/g, "")}`,
    version: connectedEver ? "v2.18.1" : "",
    api_version: connectedEver ? "2.6" : "",
    apps: parentId === null ? apps(r, status, v, name) : [],
    connection_timeout_seconds: status === "connecting" ? 0 : 120,
    troubleshooting_url: "https://coder.com/docs/templates/troubleshooting",
    subsystems: parentId === null ? [] : ["envbox"],
    display_apps: [
      "vscode",
      "vscode_insiders",
      "web_terminal",
      "ssh_helper",
      "port_forwarding_helper",
    ],
    log_sources: [{ id: logSourceId, display_name: "Startup Script", icon: "/emojis/25b6.png" }],
    logs_length: connectedEver ? 120 + Math.floor(r() * 4000) : 0,
    logs_overflowed: false,
  };
  if (v.oldShape) {
    a.startup_script = windows ? WINDOWS_SCRIPT : LINUX_SCRIPT;
    a.startup_script_behavior = "non-blocking";
  } else {
    a.lifecycle_state = lifecycle;
    a.health = agentHealth(status, lifecycle);
    a.expanded_directory = directory;
    a.scripts = [
      {
        id: uuid(r),
        log_source_id: logSourceId,
        display_name: "Startup Script",
        script: windows ? WINDOWS_SCRIPT : LINUX_SCRIPT,
        cron: "",
        run_on_start: true,
        run_on_stop: false,
        start_blocks_login: v.scenario === "start-timeout",
        timeout: v.scenario === "start-timeout" ? 300 : 0,
      },
      {
        id: uuid(r),
        log_source_id: logSourceId,
        display_name: "Backup home",
        script: "rsync -a /home/coder/ /mnt/backup/",
        cron: "0 */6 * * *",
        run_on_start: false,
        run_on_stop: true,
        start_blocks_login: false,
        timeout: 600,
      },
    ];
  }
  if (connectedEver) {
    a.first_connected_at = iso(clock, DAY + r() * DAY);
    a.last_connected_at = iso(clock, status === "connected" ? r() * MIN : 40 * MIN);
    a.started_at = iso(clock, DAY);
    if (lifecycle === "ready" || lifecycle === "start_timeout" || lifecycle === "start_error")
      a.ready_at = iso(clock, DAY - 2 * MIN);
    // The showcase workspace keeps to named regions ("Unnamed 999" is for the rest).
    const pool =
      v.name === "api-server" ? REGIONS.filter((x) => !x.startsWith("Unnamed")) : REGIONS;
    const lat = latencyMap(r, v.latency, pool);
    if (lat) a.latency = lat;
  }
  if (status === "disconnected") a.disconnected_at = iso(clock, 35 * MIN);
  return a;
}

/** Agent status and lifecycle for a scenario whose build left agents behind. */
function agentState(scenario: Scenario): AgentState | undefined {
  switch (scenario) {
    case "healthy":
      return { status: "connected", lifecycle: "ready" };
    case "connecting":
      return { status: "connecting", lifecycle: "created" };
    case "disconnected":
      return { status: "disconnected", lifecycle: "ready" };
    case "agent-timeout":
      return { status: "timeout", lifecycle: "created" };
    case "start-error":
      return { status: "connected", lifecycle: "start_error" };
    case "start-timeout":
      return { status: "connected", lifecycle: "start_timeout" };
    case "agent-starting":
      return { status: "connected", lifecycle: "starting" };
    case "agent-off":
      return { status: "disconnected", lifecycle: "off" };
    case "shutting-down":
      return { status: "connected", lifecycle: "shutting_down" };
    case "stopped-vm":
      return { status: "timeout", lifecycle: "created" };
    case "stopped-dirty":
      return { status: "disconnected", lifecycle: "shutdown_timeout" };
    case "shutdown-failed":
      return { status: "connected", lifecycle: "shutdown_error" };
    case "unknown-enums":
      return { status: "hibernating", lifecycle: "hibernating" };
    default:
      return undefined;
  }
}

function resources(
  r: Rng,
  clock: Clock,
  tpl: Template,
  jobId: string,
  transition: string,
  v: Variant,
): WireResource[] {
  const volume: WireResource = {
    id: uuid(r),
    name: "home",
    type: tpl.name.startsWith("kubernetes")
      ? "kubernetes_persistent_volume_claim"
      : "docker_volume",
    icon: "/icon/disk.svg",
    hide: false,
    daily_cost: 1,
    created_at: iso(clock, 30 * DAY),
    job_id: jobId,
    workspace_transition: transition,
    metadata: [{ key: "size", value: "50 GiB", sensitive: false }],
  };
  const secret: WireResource = {
    id: uuid(r),
    name: "db_password",
    type: "random_password",
    hide: true,
    icon: "",
    daily_cost: 0,
    created_at: iso(clock, 30 * DAY),
    job_id: jobId,
    workspace_transition: transition,
    metadata: [{ key: "password", value: `s3cr3t-${uuid(r).slice(0, 8)}`, sensitive: true }],
  };
  if (v.scenario === "no-agents") {
    return [{ ...volume, name: "artifacts", type: "aws_s3_bucket", icon: "/icon/aws.svg" }];
  }
  const state = agentState(v.scenario);
  if (!state) return [volume, secret];

  const computeId = uuid(r);
  const main = agent(r, clock, tpl, computeId, state, v, tpl.os === "windows" ? "win" : "main");
  const compute: WireResource = {
    id: computeId,
    name: "dev",
    type: tpl.name.startsWith("kubernetes")
      ? "kubernetes_pod"
      : tpl.name.startsWith("docker")
        ? "docker_container"
        : tpl.name.startsWith("gcp")
          ? "google_compute_instance"
          : "aws_instance",
    icon: tpl.icon || "/icon/server.svg",
    hide: false,
    daily_cost: tpl.cost,
    created_at: iso(clock, 2 * HOUR),
    job_id: jobId,
    workspace_transition: transition,
    agents: [main],
    metadata: [
      { key: "cpu", value: `${2 + Math.floor(r() * 7)} cores`, sensitive: false },
      { key: "memory", value: `${4 * (1 + Math.floor(r() * 8))} GiB`, sensitive: false },
      { key: "image", value: "codercom/enterprise-base:ubuntu", sensitive: false },
      { key: "api_key", value: `ak_${uuid(r).replace(/-/g, "")}`, sensitive: true },
    ],
  };
  if (v.name === "api-server") {
    // A second agent shows a resource with several.
    compute.agents?.push(
      agent(r, clock, tpl, computeId, state, { ...v, latency: "preferred" }, "sidecar"),
    );
  }
  if (v.devcontainer) {
    // A dev container's agent is a sub-agent of the VM's (parent_id).
    compute.agents?.push(
      agent(r, clock, tpl, computeId, state, { ...v, latency: "missing" }, "devcontainer", main.id),
    );
  }
  if (v.scenario === "unknown-enums") {
    const firstApp = main.apps[0];
    if (firstApp) {
      firstApp.health = "degraded";
      firstApp.display_name = "<img src=x onerror=alert(1)> Évaluation 📈";
      firstApp.icon = "javascript:alert(1)";
      firstApp.url = "javascript:alert(document.domain)";
      firstApp.external = true;
    }
    main.troubleshooting_url = "javascript:alert(document.cookie)";
    // A deployed coderd can send null here.
    main.environment_variables = null;
    compute.metadata?.push({
      key: "<b>note</b>",
      value: "<script>alert(1)</script>",
      sensitive: false,
    });
    compute.icon = "data:image/svg+xml,<svg onload=alert(1)>";
  }
  return [compute, volume, secret];
}

interface Shape {
  status: string;
  job: string;
  transition: string;
  /** How long ago the build was queued; undefined = a recent build. */
  queuedAgo?: number;
}

const RUNNING: Shape = { status: "running", job: "succeeded", transition: "start" };
const STOPPED: Shape = { status: "stopped", job: "succeeded", transition: "stop" };

const SHAPES: Record<Scenario, Shape> = {
  healthy: RUNNING,
  connecting: RUNNING,
  disconnected: RUNNING,
  "agent-timeout": RUNNING,
  "start-error": RUNNING,
  "start-timeout": RUNNING,
  "agent-starting": RUNNING,
  "agent-off": RUNNING,
  "shutting-down": RUNNING,
  "no-agents": RUNNING,
  "unknown-enums": { status: "restarting", job: "succeeded", transition: "start" },
  failed: { status: "failed", job: "failed", transition: "start" },
  "failed-quota": { status: "failed", job: "failed", transition: "start" },
  "failed-variables": { status: "failed", job: "failed", transition: "start" },
  "worker-timeout": { status: "failed", job: "failed", transition: "start" },
  "job-unknown": { status: "failed", job: "unknown", transition: "start" },
  starting: { status: "starting", job: "running", transition: "start" },
  "starting-stuck": {
    status: "starting",
    job: "running",
    transition: "start",
    queuedAgo: 2 * HOUR,
  },
  pending: { status: "pending", job: "pending", transition: "start" },
  "pending-no-provisioner": {
    status: "pending",
    job: "pending",
    transition: "start",
    queuedAgo: 40 * MIN,
  },
  stopping: { status: "stopping", job: "running", transition: "stop" },
  "stopping-stuck": { status: "stopping", job: "running", transition: "stop", queuedAgo: 45 * MIN },
  stopped: STOPPED,
  "stopped-vm": STOPPED,
  "stopped-dirty": STOPPED,
  "shutdown-failed": STOPPED,
  dormant: STOPPED,
  canceling: { status: "canceling", job: "canceling", transition: "start" },
  "canceling-stuck": {
    status: "canceling",
    job: "canceling",
    transition: "start",
    queuedAgo: 9 * HOUR,
  },
  canceled: { status: "canceled", job: "canceled", transition: "start" },
  deleting: { status: "deleting", job: "running", transition: "delete" },
  deleted: { status: "deleted", job: "succeeded", transition: "delete" },
};

/** A fleet entry: the wire workspace plus what coderd knows but does not send (see coderdSearch). */
export type FleetWorkspace = SearchableWorkspace;

function makeJob(
  r: Rng,
  clock: Clock,
  v: Variant,
  shape: Shape,
  buildAgo: number,
  orgId: string,
): WireJob {
  const startedAgo = Math.max(buildAgo - 4_000, 0);
  const job: WireJob = {
    id: uuid(r),
    created_at: iso(clock, buildAgo),
    status: shape.job,
    file_id: uuid(r),
    tags: {
      scope: "organization",
      owner: "",
      region: pick(r, ["us-east-1", "eu-central-1", "ap-southeast-2"]),
    },
    queue_position: 0,
    queue_size: 0,
    organization_id: orgId,
    type: "workspace_build",
  };
  if (shape.job === "pending") {
    if (v.scenario === "pending") {
      job.queue_position = 3;
      job.queue_size = 7;
    } else {
      job.queue_position = 1;
      job.queue_size = 1;
    }
    job.available_workers = [];
  } else {
    job.started_at = iso(clock, startedAgo);
    job.worker_id = uuid(r);
  }
  const finished = ["succeeded", "failed", "canceled", "unknown"].includes(shape.job);
  if (finished && v.scenario !== "worker-timeout") {
    job.completed_at = iso(clock, Math.max(startedAgo - (20_000 + r() * 200_000), 0));
  }
  if (shape.job === "canceled") job.canceled_at = job.completed_at;
  if (shape.job === "canceling") job.canceled_at = iso(clock, Math.max(startedAgo - 10_000, 0));
  if (v.scenario === "failed") job.error = FAILED_ERROR;
  if (v.scenario === "failed-quota") {
    job.error = QUOTA_ERROR;
    job.error_code = "INSUFFICIENT_QUOTA";
  }
  if (v.scenario === "failed-variables") {
    job.error = VARIABLES_ERROR;
    job.error_code = "REQUIRED_TEMPLATE_VARIABLES";
  }
  if (v.scenario === "worker-timeout") job.error = "Worker failed to update job in time.";
  return job;
}

function makeWorkspace(
  r: Rng,
  clock: Clock,
  v: Variant,
  index: number,
  caller: string,
): FleetWorkspace {
  const tpl = TEMPLATES[v.template] ?? TEMPLATES[0];
  if (!tpl) throw new Error("no templates");
  const org = ORGANIZATIONS[tpl.org] ?? ORGANIZATIONS[0];
  const shape = SHAPES[v.scenario];
  const id = uuid(r);
  const ownerId = userId(v.owner);
  const createdAgo = (1 + r() * 90) * DAY;
  const active = shape.job === "pending" || shape.job === "running" || shape.job === "canceling";
  const buildAgo =
    shape.queuedAgo ??
    (v.dormant ? 40 * DAY : active ? 5 * SEC + r() * 2 * MIN : MIN + r() * 3 * DAY);
  const automatic = index % 7 === 3 || index % 7 === 5;
  const reason =
    v.reason ??
    (v.scenario === "dormant" ? "dormancy" : undefined) ??
    (automatic && shape.transition !== "delete"
      ? shape.transition === "stop"
        ? "autostop"
        : "autostart"
      : index < VARIANTS.length
        ? "initiator"
        : pick(r, RANDOM_REASONS));
  const byCoder = ["autostart", "autostop", "dormancy", "task_auto_pause"].includes(reason);
  const initiator = byCoder ? "admin" : index % 5 === 0 ? "admin" : v.owner;

  const job = makeJob(r, clock, v, shape, buildAgo, org.id);
  // Resources appear once the job succeeds; a delete leaves none.
  const res =
    shape.job === "succeeded" && shape.transition !== "delete"
      ? resources(r, clock, tpl, job.id, shape.transition, v)
      : [];
  const running = shape.status === "running" || shape.status === "restarting";
  const ttl = index % 4 === 0 ? undefined : (2 + (index % 4) * 3) * HOUR;
  const deadlineTime = running && ttl ? new Date(clock.now + ttl / 2).toISOString() : undefined;
  const oldDeadline: WireNullTime = {
    time: deadlineTime ?? ZERO_TIME,
    valid: deadlineTime !== undefined,
  };
  const deadlineKind = v.deadline ?? (v.oldShape ? "object" : "string");
  const deadline =
    deadlineKind === "object"
      ? oldDeadline
      : deadlineKind === "null"
        ? null
        : (deadlineTime ?? null);
  const outdated = v.outdated ?? r() < 0.2;
  const dormant = v.dormant ?? (v.scenario === "dormant" ? "scheduled" : undefined);
  const agents = res.flatMap((x) => x.agents ?? []);

  const build: WireBuild = {
    id: uuid(r),
    created_at: iso(clock, buildAgo),
    updated_at: iso(clock, Math.max(buildAgo - 30_000, 0)),
    workspace_id: id,
    workspace_name: v.name,
    workspace_owner_id: ownerId,
    workspace_owner_name: v.owner,
    template_version_id: outdated ? uuid(r) : activeVersionId(v.template),
    template_version_name: `v1.${Math.floor(r() * 20)}.${Math.floor(r() * 10)}`,
    build_number: 1 + Math.floor(r() * 60),
    transition: shape.transition,
    initiator_id: initiator === "admin" ? ADMIN.id : ownerId,
    initiator_name: initiator,
    job,
    reason,
    resources: res,
    status: shape.status,
    daily_cost: res.reduce((sum, x) => sum + x.daily_cost, 0),
    matched_provisioners:
      v.scenario === "pending-no-provisioner"
        ? { count: 0, available: 0 }
        : { count: 2, available: 2, most_recently_seen: iso(clock, 10 * SEC) },
    template_version_preset_id: null,
    has_external_agent: v.external ?? false,
  };
  build.deadline = deadline;
  if (running && deadlineTime && !v.oldShape)
    build.max_deadline = new Date(clock.now + 12 * HOUR).toISOString();

  const workspace: WireWorkspace = {
    id,
    created_at: iso(clock, createdAgo),
    updated_at: iso(clock, buildAgo),
    owner_id: ownerId,
    owner_name: v.owner,
    owner_avatar_url: "",
    organization_id: org.id,
    organization_name: org.name,
    template_id: templateId(v.template),
    template_name: tpl.name,
    template_display_name: tpl.display,
    template_icon: v.scenario === "unknown-enums" ? "javascript:alert(1)" : tpl.icon,
    template_allow_user_cancel_workspace_jobs: index % 3 !== 0,
    template_active_version_id: activeVersionId(v.template),
    template_require_active_version: v.requireActive ?? false,
    latest_build: build,
    latest_app_status: null,
    outdated,
    name: v.name,
    last_used_at: v.neverUsed
      ? ZERO_TIME
      : dormant
        ? iso(clock, 45 * DAY + r() * DAY)
        : iso(clock, running ? r() * HOUR : HOUR + r() * 20 * DAY),
    deleting_at: dormant === "scheduled" ? new Date(clock.now + 7 * DAY).toISOString() : null,
    dormant_at: dormant ? iso(clock, 40 * DAY) : null,
    automatic_updates: v.automaticUpdates || index % 11 === 4 ? "always" : "never",
    allow_renames: false,
    favorite: v.owner === caller && (v.favorite ?? (index >= VARIANTS.length && index % 5 === 1)),
    next_start_at: null,
    is_prebuild: false,
  };
  if (!v.oldShape) {
    const failing = agents.filter((a) => a.health?.healthy === false).map((a) => a.id);
    workspace.health = { healthy: failing.length === 0, failing_agents: failing };
  }
  if (index % 3 !== 2) {
    workspace.autostart_schedule = pick(r, [
      "CRON_TZ=US/Central 30 9 * * 1-5",
      "CRON_TZ=Europe/Berlin 0 8 * * 1-5",
      "0 7 * * *",
      "CRON_TZ=Asia/Tokyo 15 10 * * 1,3,5",
    ]);
    if (shape.status === "stopped" && !dormant && !v.oldShape) {
      workspace.next_start_at = new Date(clock.now + (1 + (index % 20)) * HOUR).toISOString();
    }
  }
  if (ttl !== undefined) workspace.ttl_ms = ttl;

  const users =
    v.sharedWith?.users ?? (index >= VARIANTS.length && index % 13 === 6 ? ["grace"] : []);
  const groups =
    v.sharedWith?.groups ?? (index >= VARIANTS.length && index % 17 === 9 ? ["platform"] : []);
  return {
    workspace,
    deleted: v.scenario === "deleted",
    hidden: {
      parameters: [
        { name: "region", value: job.tags.region ?? "us-east-1" },
        { name: "cpu", value: String(2 ** (1 + (index % 3))) },
        ...(index % 4 === 1
          ? [{ name: "dotfiles_uri", value: `https://github.com/${v.owner}/dotfiles` }]
          : []),
      ],
      sharedWithUsers: users.map(userId),
      sharedWithGroups: groups.flatMap((name) =>
        GROUPS.filter((g) => g.name === name).map((g) => g.id),
      ),
      hasAITask: v.aiTask ?? false,
    },
  };
}

export interface FleetOptions {
  size?: number;
  seed?: number;
  /** The fleet's clock, in ms since the epoch; all times are relative to it. */
  now?: number;
  /** The caller's username: only their own workspaces can be favourites. */
  caller?: string;
}

export const DEFAULT_FLEET_SIZE = 150;
export const MAX_FLEET_SIZE = 10_000;

export function generateFleet(options: FleetOptions = {}): FleetWorkspace[] {
  const size = Math.max(0, Math.min(options.size ?? DEFAULT_FLEET_SIZE, MAX_FLEET_SIZE));
  const r = rng(options.seed ?? 42);
  const clock = { now: options.now ?? Date.now() };
  const caller = options.caller ?? DEFAULT_CALLER;
  const fleet: FleetWorkspace[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < size; i++) {
    let v = VARIANTS[i];
    if (!v) {
      const owner = pick(r, OWNERS);
      let name = `${pick(r, ADJECTIVES)}-${pick(r, NOUNS)}`;
      if (taken.has(`${owner}/${name}`)) name = `${name}-${i}`;
      v = {
        owner,
        name,
        template: Math.floor(r() * TEMPLATES.length),
        scenario: pick(r, RANDOM_SCENARIOS),
        neverUsed: r() < 0.04,
        latency: r() < 0.1 ? "none-preferred" : r() < 0.1 ? "missing" : "preferred",
      };
    }
    taken.add(`${v.owner}/${v.name}`);
    fleet.push(makeWorkspace(r, clock, v, i, caller));
  }
  return fleet;
}
