import { useQuery, useQueryClient } from "@tanstack/react-query";
import { workspaceFromLists, workspaceQuery } from "./queries";
import { detailRefetchInterval } from "../domain/freshness";

/** One workspace; shows at once what a cached list knew about it, then the server's full answer. */
export function useWorkspace(id: string, includeDeleted: boolean) {
  const queryClient = useQueryClient();
  return useQuery({
    ...workspaceQuery(id, includeDeleted),
    placeholderData: () => workspaceFromLists(queryClient, id),
    refetchInterval: (query) => detailRefetchInterval(query.state.data),
  });
}
