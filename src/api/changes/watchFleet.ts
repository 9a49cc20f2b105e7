import { matchQuery, type QueryClient } from "@tanstack/react-query";
import type { Workspace } from "../../coderd/schemas";
import { snapshotRow, type FleetSnapshot, type SnapshotRow } from "../../domain/fleetChanges";
import { cachedLiveFleet, workspaceKeys } from "../queries";
import { serverNow } from "../transport/serverClock";
import type { ChangeStore } from "./changeStore";

// The whole fleet, unfiltered: a filtered list would read every workspace it leaves out as deleted.
const WHOLE_FLEET = "";
/** Rows read per task: a look at 5,000 workspaces never holds the page in one long task. */
const SLICE = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The fleet's snapshot and its workspaces by id, a slice per task; undefined when `stale()` says a
 * newer look began.
 */
async function snapshotInSlices(
  workspaces: readonly Workspace[],
  stale: () => boolean,
): Promise<{ snapshot: FleetSnapshot; byId: Map<string, Workspace> } | undefined> {
  const now = serverNow();
  const at = Date.now();
  const rows = new Map<string, SnapshotRow>();
  const byId = new Map<string, Workspace>();
  for (let start = 0; start < workspaces.length; start += SLICE) {
    if (start > 0) await nextTask();
    if (stale()) return undefined;
    const began = performance.now();
    const end = Math.min(start + SLICE, workspaces.length);
    for (let i = start; i < end; i++) {
      const w = workspaces[i];
      if (!w?.id) continue;
      rows.set(w.id, snapshotRow(w, now));
      byId.set(w.id, w);
    }
    performance.measure("changes:slice", { start: began });
  }
  return { snapshot: { at, rows }, byId };
}

/**
 * Feeds `store` a look at the whole fleet each time the cache has a newer one (the fleet read
 * whole, or rows of it refreshed by id), once the fleet is whole and settled. Cache events come in
 * bursts; they are folded into one look on a later task, off the render that caused them.
 */
export function watchFleet(client: QueryClient, store: ChangeStore): () => void {
  const prefix = workspaceKeys.list(WHOLE_FLEET);
  let lookedAt = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = async () => {
    timer = undefined;
    const live = cachedLiveFleet(client, WHOLE_FLEET);
    if (!live?.fleet.complete || live.fleet.unsettled || live.updatedAt <= lookedAt) return;
    lookedAt = live.updatedAt;
    const mine = ++generation;
    // The last few looks' are kept: a day of looks would fill the page's timeline.
    if (performance.getEntriesByName("changes:observe").length >= 20) {
      performance.clearMeasures("changes:slice");
      performance.clearMeasures("changes:observe");
    }
    const fresh = await snapshotInSlices(live.workspaces, () => mine !== generation);
    if (!fresh) return;
    // The bench and the browser test read these: the longest task a look adds to the page.
    const began = performance.now();
    store.observe(fresh.snapshot, fresh.byId);
    performance.measure("changes:observe", { start: began });
  };
  const schedule = () => {
    timer ??= setTimeout(() => void look(), 0);
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    if (matchQuery({ queryKey: prefix }, event.query)) schedule();
  });
  // A fleet already in the cache (the page was opened before this watcher) is looked at too.
  schedule();
  return () => {
    unsubscribe();
    generation++;
    if (timer) clearTimeout(timer);
  };
}
