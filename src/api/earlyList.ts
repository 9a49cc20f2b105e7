import type { QueryClient } from "@tanstack/react-query";
import { hasEarlyResponse } from "./transport/earlyResponse";
import { workspacesQuery } from "./queries";

/**
 * Starts the unfiltered list's load at boot, before React's first render, when index.html has
 * already asked for its first page: the list worker then starts and reads that answer while the
 * page renders, instead of after it (the list page's query, mounted next, joins this load).
 */
export function startEarlyListLoad(client: QueryClient): void {
  if (!hasEarlyResponse()) return;
  // Its failure is the list page's to show (its query holds it): nothing to do with it here.
  client.query(workspacesQuery("")).catch(() => undefined);
}
