import { apiGet, type RequestOptions } from "./transport/client";
import { listReader } from "./list/listReader";
import { toWorkspace } from "../coderd/bodies";
import { listOffThread } from "./list/offThread";
import type { Workspace, WorkspacesResponse } from "../coderd/schemas";
import { LIST_PATH, workspacesSearchParams, type Paging } from "./list/listRequest";

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
