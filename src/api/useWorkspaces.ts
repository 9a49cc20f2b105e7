import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryWithDeadline } from "./deadline";
import { workspaceKeys, workspacesQuery } from "./queries";
import type { WorkspacesResponse } from "./types";
import { listDeadlineMs, listRefetchInterval } from "../domain/freshness";
import type { WorkspaceFilter } from "../domain/filter";

/** The filtered list, polled as a function of what it shows; the previous result stays during a new filter. */
export function useWorkspaces(filter: WorkspaceFilter) {
  const options = workspacesQuery(filter);
  return useQuery({
    ...options,
    // Sized by the biggest list this tab has seen: a new filter's key has no answer of its own yet.
    queryFn: queryWithDeadline(options.queryFn, ({ client }) =>
      listDeadlineMs(
        Math.max(
          0,
          ...client
            .getQueriesData<WorkspacesResponse>({ queryKey: workspaceKeys.lists() })
            .map(([, data]) => data?.count ?? 0),
        ),
      ),
    ),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => listRefetchInterval(query.state.data),
  });
}
