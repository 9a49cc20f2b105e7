import { useDeferredValue, useMemo } from "react";

/**
 * The fleet the page shows for query `q`, and whether it is the previous filter's (kept on screen,
 * marked, while the new filter's first page loads). Each chunk and poll of the fleet is a store
 * update, which React renders at once; what follows from it (sorting, rows, the overview) renders in
 * a pass that yields to input. Not the first rows, a new filter's, nor the mark that the rows are
 * the previous filter's: the user is waiting for those, and the chunks still arriving would keep
 * putting off a deferred pass. The rows and that mark go together.
 */
export function useShownFleet<F>(
  q: string,
  fleet: F | undefined,
  isPlaceholderData: boolean,
): { fleet: F | undefined; isPlaceholderData: boolean } {
  const latest = useMemo(() => ({ q, fleet, isPlaceholderData }), [q, fleet, isPlaceholderData]);
  const deferred = useDeferredValue(latest);
  return deferred.fleet !== undefined &&
    latest.fleet !== undefined &&
    deferred.q === latest.q &&
    deferred.isPlaceholderData === latest.isPlaceholderData
    ? deferred
    : latest;
}
