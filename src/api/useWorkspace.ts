import { useQuery, useQueryClient } from "@tanstack/react-query";
import { queryWithDeadline } from "./transport/requestDeadline";
import { workspaceFromLists, workspaceQuery } from "./queries";
import { DETAIL_DEADLINE_MS, detailRefetchInterval } from "./polling";

/** One workspace; shows at once what a cached list knew about it, then the server's full answer. */
export function useWorkspace(id: string, includeDeleted: boolean) {
  const queryClient = useQueryClient();
  const options = workspaceQuery(id, includeDeleted);
  return useQuery({
    ...options,
    queryFn: queryWithDeadline(options.queryFn, () => DETAIL_DEADLINE_MS),
    placeholderData: () => workspaceFromLists(queryClient, id),
    refetchInterval: (query) => detailRefetchInterval(query.state.data),
  });
}
