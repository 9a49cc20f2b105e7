import type { FleetWorkspace } from "./fleet";
import type { Workspace } from "../src/api/types";
import { WORKSPACE_STATUSES } from "../src/domain/status";

// How coderd itself reads a list request, shared by the MSW demo backend (mocks/handlers.ts) and
// the fake deployed coderd (test/fake-coderd): the `q` search syntax, filtering and order.

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Go's strconv.ParseBool spellings. */
export const GO_TRUE = ["1", "t", "T", "TRUE", "true", "True"];
export const GO_FALSE = ["0", "f", "F", "FALSE", "false", "False"];

/** Splits a search string into terms, keeping double-quoted values whole. */
function tokenize(text: string): string[] {
  return [...text.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0]);
}

export interface ServerFilter {
  owner?: string;
  template?: string;
  name?: string;
  status?: string;
  /** Only the reference's `deleted` param sets this; a deployed coderd never lists deleted ones. */
  deleted?: boolean;
  /** The reference's boolean `has_agent` param. */
  hasAgent?: boolean;
  /** q's `has-agent:<agent status>`. */
  agentStatus?: string;
}

export interface QueryError {
  field: string;
  detail: string;
}

/**
 * Reads `q` into `into`: the whole string lower-cased, `key:value` terms with optional quotes, a bare
 * word means name, `a/b` means owner a and name b. Unknown keys and statuses are a 400's validation.
 */
export function parseCoderdQuery(q: string, into: ServerFilter = {}): ServerFilter | QueryError {
  for (const term of tokenize(q.toLowerCase())) {
    const clean = term.replace(/"/g, "");
    const colon = clean.indexOf(":");
    if (colon < 0) {
      const slash = clean.indexOf("/");
      if (slash > 0) {
        into.owner = clean.slice(0, slash);
        into.name = clean.slice(slash + 1);
      } else into.name = clean;
      continue;
    }
    const key = clean.slice(0, colon);
    const value = clean.slice(colon + 1);
    if (key === "owner" || key === "template" || key === "name") into[key] = value;
    else if (key === "status") {
      if (!(WORKSPACE_STATUSES as readonly string[]).includes(value)) {
        return {
          field: "status",
          detail: `Query param "status" has invalid value: "${value}" is not a valid workspace status`,
        };
      }
      into.status = value;
    } else if (key === "has-agent") into.agentStatus = value;
    else return { field: key, detail: `Query param "${key}" is not a valid query param` };
  }
  return into;
}

export function isQueryError(v: ServerFilter | QueryError): v is QueryError {
  return "field" in v;
}

function agentsOf(w: Workspace) {
  return (w.latest_build?.resources ?? []).flatMap((r) => r.agents ?? []);
}

export function matchesServerFilter(entry: FleetWorkspace, f: ServerFilter): boolean {
  const w = entry.workspace;
  const lower = (s: string | undefined) => (s ?? "").toLowerCase();
  if (entry.deleted !== (f.deleted ?? false)) return false;
  if (f.owner && lower(w.owner_name) !== lower(f.owner)) return false;
  if (f.template && lower(w.template_name) !== lower(f.template)) return false;
  if (f.name && !lower(w.name).includes(lower(f.name))) return false;
  if (f.status && w.latest_build?.status !== lower(f.status)) return false;
  if (f.hasAgent !== undefined && agentsOf(w).length > 0 !== f.hasAgent) return false;
  if (f.agentStatus && !agentsOf(w).some((a) => a.status === f.agentStatus)) return false;
  return true;
}

/** coderd's list order: last used, newest first, then name. */
export function byLastUsed(a: FleetWorkspace, b: FleetWorkspace): number {
  const lu = (b.workspace.last_used_at ?? "").localeCompare(a.workspace.last_used_at ?? "");
  return lu !== 0 ? lu : (a.workspace.name ?? "").localeCompare(b.workspace.name ?? "");
}
