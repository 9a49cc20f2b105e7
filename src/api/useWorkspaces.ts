import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryWithDeadline } from "./deadline";
import { workspaceKeys, workspacesQuery } from "./queries";
import type { WorkspacesResponse } from "./types";
import { listDeadlineMs, listRefetchInterval } from "../domain/freshness";

/**
 * The list for `q`, polled as a function of what it shows; the previous result stays during a new
 * filter. A query with errors is never sent (`enabled: false`): the page shows them in place.
 */
export function useWorkspaces(q: string, enabled: boolean) {
  const options = workspacesQuery(q);
  return useQuery({
    ...options,
    enabled,
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
