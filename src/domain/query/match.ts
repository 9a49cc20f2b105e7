import { queryBool, queryList, queryValue, parseQueryTime, type ParsedQuery } from "./parse";
import type { Workspace } from "../../coderd/schemas";
import { workspaceAgents, workspaceHealth } from "../health";
import { parseTime } from "../time";

// The rows a query selects, judged on the client. Servers differ in what they honour (a deployed coderd
// reads only `q`, an early one only the documented parameters, none lists deleted workspaces as the
// reference's `deleted` promised), so every path that receives a list (the page, the worker, the
// early request) holds the rows to the same check. Terms the client cannot judge (`owner:me`,
// `param`, sharing) are left to the server.

type Check = (w: Workspace) => boolean;

const lower = (s: string | undefined) => (s ?? "").toLowerCase();

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
  if (name !== undefined) checks.push((w) => lower(w.name).includes(name));
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
