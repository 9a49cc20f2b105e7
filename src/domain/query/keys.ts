import { WORKSPACE_STATUSES } from "../status.js";

// Every key of coderd's workspace search, plus the two the early API reference documented as query
// parameters (`deleted`, `has_agent`), which a deployed coderd does not know in `q`.

export type KeyKind = "text" | "enum" | "bool" | "time" | "list" | "uuids" | "param";

export interface KeySpec {
  key: string;
  kind: KeyKind;
  /** Values offered as suggestions (and, for enums, the only valid ones). */
  values?: readonly string[];
  /** One line for the help and the suggestions. */
  help: string;
  /** The reference's parameter: sent as a documented parameter and checked here, never sent in q. */
  reference?: true;
}

export const AGENT_STATUSES = ["connecting", "connected", "disconnected", "timeout"] as const;
const BOOLS = ["true", "false"] as const;

export const QUERY_KEYS: readonly KeySpec[] = [
  { key: "owner", kind: "text", help: "username, or me" },
  { key: "name", kind: "text", help: "part of the workspace name" },
  { key: "template", kind: "text", help: "template name" },
  {
    key: "status",
    kind: "enum",
    values: WORKSPACE_STATUSES,
    help: "status of the latest build",
  },
  {
    key: "healthy",
    kind: "bool",
    values: BOOLS,
    help: "running, and true: every agent healthy; false: an agent unhealthy (as the list marks it)",
  },
  {
    key: "has-agent",
    kind: "list",
    values: AGENT_STATUSES,
    help: "an agent in one of these states (comma list)",
  },
  {
    key: "outdated",
    kind: "bool",
    values: BOOLS,
    help: "built from an older template version",
  },
  { key: "dormant", kind: "bool", values: BOOLS, help: "true: only dormant workspaces" },
  {
    key: "last_used_after",
    kind: "time",
    help: 'used at or after, e.g. "2026-01-31T00:00:00Z"',
  },
  { key: "last_used_before", kind: "time", help: "used at or before (RFC 3339, quoted)" },
  { key: "id", kind: "uuids", help: "workspace ids (comma list)" },
  { key: "param", kind: "param", help: "has build parameter name, or name=value" },
  { key: "organization", kind: "text", help: "organization name or id" },
  {
    key: "has-ai-task",
    kind: "bool",
    values: BOOLS,
    help: "true: only workspaces that run an AI task",
  },
  { key: "has_external_agent", kind: "bool", values: BOOLS, help: "uses an external agent" },
  { key: "shared", kind: "bool", values: BOOLS, help: "shared with others" },
  { key: "shared_with_user", kind: "text", help: "shared with this user" },
  { key: "shared_with_group", kind: "text", help: "shared with this group" },
  {
    key: "deleted",
    kind: "bool",
    values: BOOLS,
    help: "the early API's parameter; today's coderd never lists deleted workspaces",
    reference: true,
  },
  {
    key: "has_agent",
    kind: "bool",
    values: BOOLS,
    help: "the early API's parameter: has any agent (today's coderd: has-agent)",
    reference: true,
  },
];

const BY_KEY = new Map(QUERY_KEYS.map((spec) => [spec.key, spec]));

export function keySpec(key: string): KeySpec | undefined {
  return BY_KEY.get(key);
}
