import { apiGet, type RequestOptions } from "./client";
import { toWorkspace, toWorkspacesResponse } from "./normalize";
import { listOffThread } from "./offThread";
import type { Workspace, WorkspacesResponse } from "./types";
import { composeQ, matchesFilter, type WorkspaceFilter } from "../domain/filter";

/**
 * The list request sends each documented parameter that is set AND the same filter as `q`, because a
 * deployed coderd reads only `q` and ignores the rest.
 */
export function workspacesSearchParams(filter: WorkspaceFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.owner) params.set("owner", filter.owner);
  if (filter.template) params.set("template", filter.template);
  if (filter.name) params.set("name", filter.name);
  if (filter.status) params.set("status", filter.status);
  if (filter.deleted !== undefined) params.set("deleted", String(filter.deleted));
  if (filter.has_agent !== undefined) params.set("has_agent", String(filter.has_agent));
  const q = composeQ(filter);
  if (q) params.set("q", q);
  return params;
}

export function getWorkspaces(
  filter: WorkspaceFilter,
  options: RequestOptions = {},
): Promise<WorkspacesResponse> {
  return apiGet(
    "/workspaces",
    workspacesSearchParams(filter),
    options,
    (json) => toWorkspacesResponse(json, (w) => matchesFilter(w, filter)),
    (input) => listOffThread(input, filter),
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
