import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { getWorkspace, getWorkspaces } from "./workspaces";
import type { Workspace, WorkspacesResponse } from "./types";
import { normalizeFilter, type WorkspaceFilter } from "../domain/filter";

export const workspaceKeys = {
  all: ["workspaces"] as const,
  lists: () => [...workspaceKeys.all, "list"] as const,
  list: (filter: WorkspaceFilter) => [...workspaceKeys.lists(), normalizeFilter(filter)] as const,
  details: () => [...workspaceKeys.all, "detail"] as const,
  detail: (id: string, includeDeleted: boolean) =>
    [...workspaceKeys.details(), id, { includeDeleted }] as const,
};

export function workspacesQuery(filter: WorkspaceFilter) {
  const normalized = normalizeFilter(filter);
  return queryOptions({
    queryKey: workspaceKeys.list(normalized),
    queryFn: ({ signal }) => getWorkspaces(normalized, { signal }),
  });
}

export function workspaceQuery(id: string, includeDeleted: boolean) {
  return queryOptions({
    queryKey: workspaceKeys.detail(id, includeDeleted),
    queryFn: ({ signal }) => getWorkspace(id, includeDeleted, { signal }),
  });
}

/** The newest copy of a workspace any cached list holds, to show while its detail loads. */
export function workspaceFromLists(queryClient: QueryClient, id: string): Workspace | undefined {
  let found: Workspace | undefined;
  let foundAt = -1;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: workspaceKeys.lists() })) {
    const data = query.state.data as WorkspacesResponse | undefined;
    const match = data?.workspaces.find((w) => w.id === id);
    if (match && query.state.dataUpdatedAt > foundAt) {
      found = match;
      foundAt = query.state.dataUpdatedAt;
    }
  }
  return found;
}
