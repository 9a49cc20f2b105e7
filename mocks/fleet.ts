import type {
  DERPRegion,
  Workspace,
  WorkspaceAgent,
  WorkspaceApp,
  WorkspaceResource,
} from "../src/api/types";

// A deterministic fleet: the same size, seed and clock always give the same workspaces. The first
// workspaces are named variants covering every state the dashboard must render; the rest are drawn
// from a seeded generator. The dev demo, the unit tests, the browser tests and the benchmark share it.

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
}

export const TEMPLATES: readonly Template[] = [
  {
    name: "docker-dev",
    display: "Docker development",
    icon: "/icon/docker.svg",
    os: "linux",
    arch: "amd64",
    cost: 2,
  },
  {
    name: "kubernetes-pod",
    display: "Kubernetes pod",
    icon: "/icon/kubernetes.svg",
    os: "linux",
    arch: "amd64",
    cost: 3,
  },
  {
    name: "aws-linux",
    display: "AWS EC2 (Linux)",
    icon: "/icon/aws.svg",
    os: "linux",
    arch: "arm64",
    cost: 8,
  },
  {
    name: "aws-windows",
    display: "AWS EC2 (Windows)",
    icon: "/icon/windows.svg",
    os: "windows",
    arch: "amd64",
    cost: 12,
  },
  {
    name: "gcp-vm",
    display: "Google Cloud VM",
    icon: "/icon/gcp.svg",
    os: "linux",
    arch: "amd64",
    cost: 6,
  },
  {
    name: "mac-mini",
    display: "Mac mini (macOS)",
    icon: "/icon/apple.svg",
    os: "darwin",
    arch: "arm64",
    cost: 10,
  },
  {
    name: "jupyter-gpu",
    display: "Jupyter with GPU",
    icon: "/icon/jupyter.svg",
    os: "linux",
    arch: "amd64",
    cost: 25,
  },
  // Display name and icon left empty, as a deployed coderd sends them: the UI falls back.
  { name: "raspberry-pi", display: "", icon: "", os: "linux", arch: "armv7", cost: 1 },
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
function rng(seed: number): Rng {
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

export type Scenario =
  | "healthy"
  | "failed"
  | "worker-timeout"
  | "starting"
  | "pending"
  | "stopping"
  | "stopped"
  | "stopped-vm"
  | "canceling"
  | "canceled"
  | "deleting"
  | "deleted"
  | "connecting"
  | "disconnected"
  | "no-agents"
  | "unknown-enums";

interface Variant {
  owner: string;
  name: string;
  template: number;
  scenario: Scenario;
  outdated?: boolean;
  neverUsed?: boolean;
  latency?: "preferred" | "none-preferred" | "missing";
  deadline?: "object" | "string" | "null";
}

/** Named workspaces that cover every state; tests and the demo refer to them by name. */
export const VARIANTS: readonly Variant[] = [
  {
    owner: "alice",
    name: "api-server",
    template: 0,
    scenario: "healthy",
    latency: "preferred",
    deadline: "object",
  },
  { owner: "bob", name: "ml-training", template: 6, scenario: "failed" },
  { owner: "carol", name: "frontend-dev", template: 1, scenario: "starting" },
  { owner: "dave", name: "legacy-vm", template: 2, scenario: "stopped-vm", outdated: true },
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
  "starting",
  "stopping",
  "pending",
  "canceled",
  "connecting",
  "disconnected",
  "deleting",
  "deleted",
  "canceling",
  "worker-timeout",
  "no-agents",
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

interface Clock {
  now: number;
}

function iso(clock: Clock, agoMs: number): string {
  return new Date(clock.now - agoMs).toISOString();
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function latencyMap(r: Rng, kind: Variant["latency"]): Record<string, DERPRegion> | undefined {
  if (kind === "missing") return undefined;
  const count = 2 + Math.floor(r() * 3);
  const regions = [...REGIONS].sort(() => r() - 0.5).slice(0, count);
  const map: Record<string, DERPRegion> = {};
  let best = "";
  let bestMs = Infinity;
  for (const region of regions) {
    const ms = Math.round((20 + r() * 380) * 1000) / 1000;
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

function apps(r: Rng, agentStatus: string, scenario: Scenario): WorkspaceApp[] {
  const healthy = agentStatus === "connected";
  const list: WorkspaceApp[] = [
    {
      id: uuid(r),
      slug: "code-server",
      display_name: "VS Code Web",
      icon: "/icon/code.svg",
      health: healthy ? "healthy" : agentStatus === "connecting" ? "initializing" : "unhealthy",
      healthcheck: { url: "http://localhost:13337/healthz", interval: 5, threshold: 6 },
      sharing_level: "owner",
      subdomain: false,
    },
    {
      id: uuid(r),
      slug: "terminal",
      display_name: "Terminal",
      command: "bash -l",
      icon: "/icon/terminal.svg",
      health: "disabled",
      healthcheck: {},
      sharing_level: "owner",
      subdomain: false,
    },
  ];
  if (r() < 0.6 || scenario === "healthy") {
    list.push({
      id: uuid(r),
      slug: "preview",
      display_name: "Web preview",
      icon: "/icon/globe.svg",
      health: healthy ? (r() < 0.2 ? "unhealthy" : "healthy") : "unhealthy",
      healthcheck: { url: "http://localhost:3000/", interval: 10, threshold: 3 },
      sharing_level: r() < 0.5 ? "authenticated" : "public",
      subdomain: true,
    });
  }
  return list;
}

function agent(
  r: Rng,
  clock: Clock,
  tpl: Template,
  resourceId: string,
  status: string,
  variant: Pick<Variant, "latency" | "scenario">,
): WorkspaceAgent {
  const created = iso(clock, 2 * HOUR + r() * DAY);
  const connectedEver = status === "connected" || status === "disconnected";
  const a: WorkspaceAgent = {
    id: uuid(r),
    name: tpl.os === "windows" ? "win" : "main",
    status,
    apps: apps(r, status, variant.scenario),
    architecture: tpl.arch,
    operating_system: tpl.os,
    connection_timeout_seconds: 120,
    created_at: created,
    updated_at: iso(clock, r() * 10 * MIN),
    environment_variables: {
      GIT_AUTHOR_NAME: "Coder",
      GITHUB_TOKEN: `ghp_${uuid(r).replace(/-/g, "").slice(0, 24)}`,
      EDITOR: "vim",
    },
    resource_id: resourceId,
    version: connectedEver ? "v2.18.1" : "",
    startup_script:
      tpl.os === "windows"
        ? "choco install -y git vscode\r\nSet-Location C:\\Users\\coder"
        : "#!/bin/sh\nset -e\ncurl -fsSL https://code-server.dev/install.sh | sh\ncode-server --auth none --port 13337 >/tmp/code-server.log 2>&1 &",
    directory: tpl.os === "windows" ? "C:\\Users\\coder" : "/home/coder",
    troubleshooting_url: "https://coder.com/docs/templates/troubleshooting",
    instance_id: `i-${uuid(r).slice(0, 17).replace(/-/g, "")}`,
  };
  if (connectedEver) {
    a.first_connected_at = iso(clock, DAY + r() * DAY);
    a.last_connected_at = iso(clock, status === "connected" ? r() * MIN : 40 * MIN);
    const lat = latencyMap(r, variant.latency);
    if (lat) a.latency = lat;
  }
  if (status === "disconnected") a.disconnected_at = iso(clock, 35 * MIN);
  if (status === "connecting") a.connection_timeout_seconds = 0;
  return a;
}

function resources(
  r: Rng,
  clock: Clock,
  tpl: Template,
  jobId: string,
  scenario: Scenario,
  variant: Variant,
): WorkspaceResource[] {
  const transition = scenario === "stopped" || scenario === "stopped-vm" ? "stop" : "start";
  const volume: WorkspaceResource = {
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
  const secret: WorkspaceResource = {
    id: uuid(r),
    name: "db_password",
    type: "random_password",
    hide: true,
    daily_cost: 0,
    created_at: iso(clock, 30 * DAY),
    job_id: jobId,
    workspace_transition: transition,
    metadata: [{ key: "password", value: `s3cr3t-${uuid(r).slice(0, 8)}`, sensitive: true }],
  };
  if (scenario === "no-agents") {
    return [{ ...volume, name: "artifacts", type: "aws_s3_bucket", icon: "/icon/aws.svg" }];
  }
  if (scenario === "stopped") return [volume, secret];

  const agentStatus =
    scenario === "connecting"
      ? "connecting"
      : scenario === "disconnected"
        ? "disconnected"
        : scenario === "stopped-vm"
          ? "timeout"
          : scenario === "unknown-enums"
            ? "hibernating"
            : "connected";
  const computeId = uuid(r);
  const compute: WorkspaceResource = {
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
    agents: [agent(r, clock, tpl, computeId, agentStatus, variant)],
    metadata: [
      { key: "cpu", value: `${2 + Math.floor(r() * 7)} cores`, sensitive: false },
      { key: "memory", value: `${4 * (1 + Math.floor(r() * 8))} GiB`, sensitive: false },
      { key: "image", value: "codercom/enterprise-base:ubuntu", sensitive: false },
      { key: "api_key", value: `ak_${uuid(r).replace(/-/g, "")}`, sensitive: true },
    ],
  };
  if (variant.scenario === "healthy" && variant.name === "api-server") {
    // A second agent shows a resource with several.
    compute.agents?.push({
      ...agent(r, clock, tpl, computeId, "connected", { ...variant, latency: "preferred" }),
      name: "sidecar",
    });
  }
  if (scenario === "unknown-enums") {
    const first = compute.agents?.[0];
    const firstApp = first?.apps?.[0];
    if (first && firstApp) {
      firstApp.health = "degraded";
      firstApp.display_name = "<img src=x onerror=alert(1)> Évaluation 📈";
      firstApp.icon = "javascript:alert(1)";
      first.troubleshooting_url = "javascript:alert(document.cookie)";
      // A deployed coderd can send null here.
      (first as Record<string, unknown>).environment_variables = null;
    }
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
  resources: boolean;
}

const SHAPES: Record<Scenario, Shape> = {
  healthy: { status: "running", job: "succeeded", transition: "start", resources: true },
  connecting: { status: "running", job: "succeeded", transition: "start", resources: true },
  disconnected: { status: "running", job: "succeeded", transition: "start", resources: true },
  "no-agents": { status: "running", job: "succeeded", transition: "start", resources: true },
  "unknown-enums": { status: "restarting", job: "succeeded", transition: "start", resources: true },
  failed: { status: "failed", job: "failed", transition: "start", resources: false },
  "worker-timeout": { status: "failed", job: "failed", transition: "start", resources: false },
  starting: { status: "starting", job: "running", transition: "start", resources: false },
  pending: { status: "pending", job: "pending", transition: "start", resources: false },
  stopping: { status: "stopping", job: "running", transition: "stop", resources: false },
  stopped: { status: "stopped", job: "succeeded", transition: "stop", resources: true },
  "stopped-vm": { status: "stopped", job: "succeeded", transition: "stop", resources: true },
  canceling: { status: "canceling", job: "canceling", transition: "start", resources: false },
  canceled: { status: "canceled", job: "canceled", transition: "start", resources: false },
  deleting: { status: "deleting", job: "running", transition: "delete", resources: false },
  deleted: { status: "deleted", job: "succeeded", transition: "delete", resources: false },
};

export interface FleetWorkspace {
  workspace: Workspace;
  deleted: boolean;
}

function makeWorkspace(r: Rng, clock: Clock, v: Variant, index: number): FleetWorkspace {
  const tpl = TEMPLATES[v.template] ?? TEMPLATES[0];
  if (!tpl) throw new Error("no templates");
  const shape = SHAPES[v.scenario];
  const id = uuid(r);
  const jobId = uuid(r);
  const ownerId = `0000000${OWNERS.indexOf(v.owner as (typeof OWNERS)[number]) + 10}`.slice(-8);
  const createdAgo = (1 + r() * 90) * DAY;
  const buildAgo =
    shape.job === "pending" || shape.job === "running" ? r() * 2 * MIN : MIN + r() * 3 * DAY;
  const startedAgo = Math.max(buildAgo - 4_000, 0);
  const automatic = index % 7 === 3 || index % 7 === 5;
  const reason =
    automatic && shape.transition !== "delete"
      ? shape.transition === "stop"
        ? "autostop"
        : "autostart"
      : "initiator";
  const initiator = reason === "initiator" ? (index % 5 === 0 ? "admin" : v.owner) : "admin";

  const job: NonNullable<NonNullable<Workspace["latest_build"]>["job"]> = {
    id: jobId,
    status: shape.job,
    created_at: iso(clock, buildAgo),
    file_id: uuid(r),
    tags: {
      scope: "organization",
      owner: "",
      region: pick(r, ["us-east-1", "eu-central-1", "ap-southeast-2"]),
    },
  };
  if (shape.job !== "pending") {
    job.started_at = iso(clock, startedAgo);
    job.worker_id = uuid(r);
  }
  if (["succeeded", "failed", "canceled"].includes(shape.job) && v.scenario !== "worker-timeout") {
    job.completed_at = iso(clock, Math.max(startedAgo - (20_000 + r() * 200_000), 0));
  }
  if (shape.job === "canceled") job.canceled_at = job.completed_at;
  if (shape.job === "canceling") job.canceled_at = iso(clock, Math.max(startedAgo - 10_000, 0));
  if (v.scenario === "failed") job.error = FAILED_ERROR;
  if (v.scenario === "worker-timeout") job.error = "Worker failed to update job in time.";

  const res = shape.resources ? resources(r, clock, tpl, jobId, v.scenario, v) : [];
  const running = shape.status === "running" || shape.status === "restarting";
  const ttl = index % 4 === 0 ? undefined : (2 + (index % 4) * 3) * HOUR;
  const deadlineTime = running && ttl ? new Date(clock.now + ttl / 2).toISOString() : undefined;
  const deadline =
    v.deadline === "string"
      ? (deadlineTime ?? null)
      : v.deadline === "null"
        ? null
        : { time: deadlineTime ?? ZERO_TIME, valid: deadlineTime !== undefined };

  const workspace: Workspace = {
    id,
    name: v.name,
    owner_id: `${ownerId}-aaaa-4bbb-8ccc-${ownerId}dddd`,
    owner_name: v.owner,
    template_id: `tpl-${v.template}`,
    template_name: tpl.name,
    template_display_name: tpl.display,
    template_icon: v.scenario === "unknown-enums" ? "javascript:alert(1)" : tpl.icon,
    template_allow_user_cancel_workspace_jobs: index % 3 !== 0,
    outdated: v.outdated ?? r() < 0.2,
    created_at: iso(clock, createdAgo),
    updated_at: iso(clock, buildAgo),
    last_used_at: v.neverUsed
      ? ZERO_TIME
      : iso(clock, running ? r() * HOUR : HOUR + r() * 20 * DAY),
    latest_build: {
      id: uuid(r),
      build_number: 1 + Math.floor(r() * 60),
      created_at: iso(clock, buildAgo),
      updated_at: iso(clock, Math.max(buildAgo - 30_000, 0)),
      daily_cost: res.reduce((sum, x) => sum + (x.daily_cost ?? 0), 0),
      deadline,
      initiator_id: uuid(r),
      initiator_name: initiator,
      job,
      reason,
      resources: res,
      status: shape.status,
      template_version_id: uuid(r),
      template_version_name: `v1.${Math.floor(r() * 20)}.${Math.floor(r() * 10)}`,
      transition: shape.transition,
      workspace_id: id,
      workspace_name: v.name,
      workspace_owner_id: `${ownerId}-aaaa-4bbb-8ccc-${ownerId}dddd`,
      workspace_owner_name: v.owner,
    },
  };
  if (index % 3 !== 2)
    workspace.autostart_schedule = pick(r, [
      "CRON_TZ=US/Central 30 9 * * 1-5",
      "CRON_TZ=Europe/Berlin 0 8 * * 1-5",
      "0 7 * * *",
      "CRON_TZ=Asia/Tokyo 15 10 * * 1,3,5",
    ]);
  if (ttl !== undefined) workspace.ttl_ms = ttl;
  return { workspace, deleted: v.scenario === "deleted" };
}

export interface FleetOptions {
  size?: number;
  seed?: number;
  /** The fleet's clock, in ms since the epoch; all times are relative to it. */
  now?: number;
}

export const DEFAULT_FLEET_SIZE = 150;
export const MAX_FLEET_SIZE = 10_000;

export function generateFleet(options: FleetOptions = {}): FleetWorkspace[] {
  const size = Math.max(0, Math.min(options.size ?? DEFAULT_FLEET_SIZE, MAX_FLEET_SIZE));
  const r = rng(options.seed ?? 42);
  const clock = { now: options.now ?? Date.now() };
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
    fleet.push(makeWorkspace(r, clock, v, i));
  }
  return fleet;
}
