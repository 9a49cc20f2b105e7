import { apiGet, type RequestOptions } from "./client";
import { listReader } from "./listResponse";
import { toWorkspace } from "./normalize";
import { listOffThread } from "./offThread";
import type { Workspace, WorkspacesResponse } from "./types";
import { AGENT_STATUSES, keySpec } from "../domain/query/keys";
import { parseQuery, queryValue, type ParsedQuery } from "../domain/query/parse";
import { quoteValue } from "../domain/query/syntax";

/**
 * The `q` a deployed coderd reads: every term it knows, canonical. The reference's `deleted` and
 * `has_agent` are not in its language (it would answer 400); `has_agent:true` becomes "has an agent in
 * any state", and the rest is checked on the client.
 */
export function serverQuery(parsed: ParsedQuery): string {
  const terms: string[] = [];
  for (const [key, values] of parsed.values) {
    const spec = keySpec(key);
    if (!spec || spec.reference) continue;
    if (spec.kind === "list" || spec.kind === "uuids" || spec.kind === "param") {
      terms.push(`${key}:${values.join(",")}`);
    } else {
      for (const value of values) terms.push(`${key}:${quoteValue(value)}`);
    }
  }
  const hasAgent = queryValue(parsed, "has_agent");
  if (
    hasAgent !== undefined &&
    ["1", "t", "true"].includes(hasAgent) &&
    !parsed.values.has("has-agent")
  ) {
    terms.push(`has-agent:${AGENT_STATUSES.join(",")}`);
  }
  return terms.join(" ");
}

/**
 * The list request sends the documented parameters (servers built to the early reference read only
 * those) AND the query as `q` (a deployed coderd reads only that).
 */
export function workspacesSearchParams(q: string): URLSearchParams {
  const parsed = parseQuery(q);
  const params = new URLSearchParams();
  for (const key of ["owner", "template", "name", "status", "deleted", "has_agent"]) {
    const value = queryValue(parsed, key);
    if (value !== undefined) params.set(key, value);
  }
  const server = serverQuery(parsed);
  if (server) params.set("q", server);
  return params;
}

export function getWorkspaces(
  q: string,
  options: RequestOptions = {},
): Promise<WorkspacesResponse> {
  return apiGet("/workspaces", workspacesSearchParams(q), options, listReader(q), (input) =>
    listOffThread(input, q),
  );
}

export function getWorkspace(
  id: string,
  includeDeleted: boolean,
  options: RequestOptions = {},
): Promise<Workspace> {
  const params = includeDeleted ? new URLSearchParams({ include_deleted: "true" }) : undefined;
  return apiGet(`/workspaces/${encodeURIComponent(id)}`, params, options, toWorkspace);
}
