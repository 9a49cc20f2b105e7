import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { workspacesQuery } from "./queries";
import { listRefetchInterval } from "../domain/freshness";

/**
 * The list for `q`, polled as a function of what it shows; the previous result stays during a new
 * filter. A query with errors is never sent (`enabled: false`): the page shows them in place.
 */
export function useWorkspaces(q: string, enabled: boolean) {
  return useQuery({
    ...workspacesQuery(q),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => listRefetchInterval(query.state.data),
  });
}
