import { apiGet, type RequestOptions } from "./client";
import { listReader } from "./listResponse";
import { toWorkspace } from "./normalize";
import { listOffThread } from "./offThread";
import type { Workspace, WorkspacesResponse } from "./types";
import { LIST_PATH, workspacesSearchParams, type Paging } from "./listRequest";

export function getWorkspaces(
  q: string,
  options: RequestOptions = {},
  paging?: Paging,
): Promise<WorkspacesResponse> {
  return apiGet(LIST_PATH, workspacesSearchParams(q, paging), options, listReader(q), (input) =>
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
