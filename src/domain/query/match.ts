import { queryBool, queryList, queryValue, parseQueryTime, type ParsedQuery } from "./parse";
import type { Workspace } from "../../coderd/schemas";
import { workspaceAgents, workspaceHealth } from "../health";
import { parseTime } from "../time";

// The rows a query selects, judged on the client. Servers differ in what they honour (a deployed coderd
// reads only `q`, an early one only the documented parameters, none lists deleted workspaces as the
// reference's `deleted` promised), so every path that receives a list (the page, the worker, the
// early request) holds the rows to the same check, with coderd's meaning for every key.

/**
 * Keys a row cannot answer, so the client lets every row through and leaves them to the server:
 * `owner:me` (who "me" is takes another endpoint), `param` (build parameters are not on the row), the
 * sharing keys (the row does not say with whom it is shared) and `has-ai-task` (nor whether it runs a
 * task). `organization` and `has_external_agent` are judged when the row carries the field, and let
 * through when an older server leaves it out.
 */
export const SERVER_JUDGED_KEYS: readonly string[] = [
  "param",
  "shared",
  "shared_with_user",
  "shared_with_group",
  "has-ai-task",
];

type Check = (w: Workspace) => boolean;

const lower = (s: string | undefined) => (s ?? "").toLowerCase();

/**
 * coderd matches a name by SQL `ILIKE '%' || name || '%'`: `%` is any run, `_` any one character and
 * `\\` escapes the next, case-insensitive. `name:dev_1` finds "dev-1" there, so it must here too.
 */
function ilikeContains(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    let ch = pattern.charAt(i);
    if (ch === "\\" && i + 1 < pattern.length) {
      i += 1;
      ch = pattern.charAt(i);
      re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    } else if (ch === "%") re += "[\\s\\S]*";
    else if (ch === "_") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(re, "iu");
}

function agentStatusesWanted(parsed: ParsedQuery): Set<string> | undefined {
  const statuses = new Set(queryList(parsed, "has-agent"));
  return statuses.size ? statuses : undefined;
}

/** A predicate for the rows `parsed` selects. Call once per list, not per row. */
export function queryMatcher(parsed: ParsedQuery): Check {
  const checks: Check[] = [];
  const owner = queryValue(parsed, "owner");
  if (owner !== undefined && owner !== "me") checks.push((w) => lower(w.owner_name) === owner);
  const name = queryValue(parsed, "name");
  if (name !== undefined) {
    const like = ilikeContains(name);
    checks.push((w) => like.test(w.name ?? ""));
  }
  const template = queryValue(parsed, "template");
  if (template !== undefined) checks.push((w) => lower(w.template_name) === template);
  const status = queryValue(parsed, "status");
  if (status !== undefined) checks.push((w) => w.latest_build?.status === status);

  // coderd looks only at workspaces whose latest build starts them (a stopped one's agents are off).
  const agentStatuses = agentStatusesWanted(parsed);
  if (agentStatuses) {
    checks.push(
      (w) =>
        (w.latest_build?.transition ?? "start") === "start" &&
        workspaceAgents(w).some((a) => agentStatuses.has(a.status ?? "")),
    );
  }
  // The dashboard's own Healthy/Unhealthy (domain/health.ts), not coderd's agent-status reading of
  // this key: the request asks coderd for a superset (listRequest.ts), narrowed here.
  const healthy = queryBool(parsed, "healthy");
  if (healthy !== undefined) checks.push((w) => workspaceHealth(w) === healthy);
  const outdated = queryBool(parsed, "outdated");
  if (outdated !== undefined) checks.push((w) => (w.outdated ?? false) === outdated);
  if (queryBool(parsed, "dormant") === true) checks.push((w) => Boolean(w.dormant_at));

  const after = parseQueryTime(queryValue(parsed, "last_used_after") ?? "");
  if (after !== undefined) checks.push((w) => (parseTime(w.last_used_at)?.getTime() ?? 0) >= after);
  const before = parseQueryTime(queryValue(parsed, "last_used_before") ?? "");
  if (before !== undefined) {
    checks.push((w) => (parseTime(w.last_used_at)?.getTime() ?? 0) <= before);
  }

  const ids = queryList(parsed, "id");
  if (ids.length) {
    const wanted = new Set(ids);
    checks.push((w) => wanted.has(lower(w.id)));
  }
  const organization = queryValue(parsed, "organization");
  if (organization !== undefined) {
    // An older server sends no organization: nothing to judge by.
    checks.push(
      (w) =>
        (w.organization_name === undefined && w.organization_id === undefined) ||
        lower(w.organization_name) === organization ||
        lower(w.organization_id) === organization,
    );
  }
  const external = queryBool(parsed, "has_external_agent");
  if (external !== undefined) {
    checks.push(
      (w) =>
        w.latest_build?.has_external_agent === undefined ||
        w.latest_build.has_external_agent === external,
    );
  }

  // The reference's parameters. Deleted workspaces show only when asked for.
  const deleted = queryBool(parsed, "deleted") ?? status === "deleted";
  checks.push((w) => (w.latest_build?.status === "deleted") === deleted);
  const hasAgent = queryBool(parsed, "has_agent");
  if (hasAgent !== undefined) checks.push((w) => workspaceAgents(w).length > 0 === hasAgent);

  return (w) => checks.every((check) => check(w));
}
