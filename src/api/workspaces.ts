import { readWorkspaceBody } from "../coderd/bodies";
import { LIST_PATH, workspacePath } from "../coderd/paths";
import type { Workspace } from "../coderd/schemas";
import { workspacesSearchParams, type Paging } from "./list/listRequest";
import { listReader, type ListAnswer } from "./list/listReader";
import { listOffThread } from "./list/offThread";
import { apiGet, type RequestOptions } from "./transport/client";

// One function per endpoint. The list's transports (early request, worker, main thread) are pipes
// around the same request (listRequest.ts) and the same reader (listReader.ts).

/** `GET /workspaces?q=…`: a page of the list for Coder's search query `q`, or all of it. */
export function getWorkspaces(
  q: string,
  options: RequestOptions = {},
  paging?: Paging,
): Promise<ListAnswer> {
  return apiGet(LIST_PATH, workspacesSearchParams(q, paging), options, listReader(q), (input) =>
    listOffThread(input, q),
  );
}

/** `GET /workspaces/{id}`: one workspace; `includeDeleted` reads a deleted one too. */
export function getWorkspace(
  id: string,
  includeDeleted: boolean,
  options: RequestOptions = {},
): Promise<Workspace> {
  const params = includeDeleted ? new URLSearchParams({ include_deleted: "true" }) : undefined;
  return apiGet(workspacePath(id), params, options, readWorkspaceBody);
}
