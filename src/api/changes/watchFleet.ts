import { matchQuery, type QueryClient } from "@tanstack/react-query";
import { cachedLiveFleet, workspaceKeys } from "../queries";
import { serverNow } from "../transport/serverClock";
import type { ChangeStore } from "./changeStore";

// The whole fleet, unfiltered: a filtered list would read every workspace it leaves out as deleted.
const WHOLE_FLEET = "";

/**
 * Feeds `store` a look at the whole fleet each time the cache has a newer one (the fleet read
 * whole, or rows of it refreshed by id), once the fleet is whole and settled. Cache events come in
 * bursts; they are folded into one look on a later task, off the render that caused them.
 */
export function watchFleet(client: QueryClient, store: ChangeStore): () => void {
  const prefix = workspaceKeys.list(WHOLE_FLEET);
  let lookedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    timer = undefined;
    const live = cachedLiveFleet(client, WHOLE_FLEET);
    if (!live?.fleet.complete || live.fleet.unsettled || live.updatedAt <= lookedAt) return;
    lookedAt = live.updatedAt;
    store.observe(live.workspaces, serverNow(), Date.now());
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    if (!matchQuery({ queryKey: prefix }, event.query)) return;
    timer ??= setTimeout(look, 0);
  });
  // A fleet already in the cache (the page was opened before this watcher) is looked at too.
  timer = setTimeout(look, 0);
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
