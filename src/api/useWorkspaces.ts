import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { workspacesQuery } from "./queries";
import { listRefetchInterval } from "../domain/freshness";
import type { WorkspaceFilter } from "../domain/filter";

/** The filtered list, polled as a function of what it shows; the previous result stays during a new filter. */
export function useWorkspaces(filter: WorkspaceFilter) {
  return useQuery({
    ...workspacesQuery(filter),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => listRefetchInterval(query.state.data),
  });
}
