import type { QueryClient } from "@tanstack/react-query";
import { hasEarlyResponse } from "./transport/earlyResponse";
import { workspacesQuery } from "./queries";

/**
 * Starts the unfiltered list's load at boot, before React's first render, when index.html has
 * already asked for its first page: its answer is read while the page's code still runs, and the list
 * page's query, mounted next, joins this load. Resolves once the first rows are in the cache or the
 * load has failed; undefined when there is no early request.
 */
export function startEarlyListLoad(client: QueryClient): Promise<void> | undefined {
  if (!hasEarlyResponse()) return undefined;
  const query = workspacesQuery("");
  // Its failure is the list page's to show (its query holds it): nothing to do with it here.
  const settled = client.query(query).then(
    () => undefined,
    () => undefined,
  );
  let unsubscribe = () => {};
  const firstRows = new Promise<void>((resolve) => {
    unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.getQueryData(query.queryKey) !== undefined) resolve();
    });
  });
  return Promise.race([firstRows, settled]).finally(() => unsubscribe());
}
