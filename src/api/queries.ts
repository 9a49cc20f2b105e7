import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { getWorkspace, getWorkspaces } from "./workspaces";
import type { Workspace, WorkspacesResponse } from "./types";
import { tidyQuery } from "../domain/query/edit";

export const workspaceKeys = {
  all: ["workspaces"] as const,
  lists: () => [...workspaceKeys.all, "list"] as const,
  list: (q: string) => [...workspaceKeys.lists(), tidyQuery(q)] as const,
  details: () => [...workspaceKeys.all, "detail"] as const,
  detail: (id: string, includeDeleted: boolean) =>
    [...workspaceKeys.details(), id, { includeDeleted }] as const,
};

/** The list for Coder's search query `q` (the filter's one form). */
export function workspacesQuery(q: string) {
  const tidy = tidyQuery(q);
  return queryOptions({
    queryKey: workspaceKeys.list(tidy),
    queryFn: ({ signal }) => getWorkspaces(tidy, { signal }),
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
