import { queryOptions, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { afterNextPaint } from "./list/afterNextPaint";
import { runWithDeadline } from "./transport/requestDeadline";
import { syncFleet, type Fleet } from "./list/fleetSync";
import { refreshRows, withLiveRows, type LiveRows } from "./list/liveRows";
import type { Paging } from "./list/listRequest";
import { getWorkspace, getWorkspaces } from "./workspaces";
import type { Workspace } from "../coderd/schemas";
import { tidyQuery } from "../domain/query/edit";
import { FLEET_SYNC, listDeadlineMs } from "./polling";
import { isWorkspaceInProgress } from "../domain/status";

export const workspaceKeys = {
  all: ["workspaces"] as const,
  lists: () => [...workspaceKeys.all, "list"] as const,
  /** The whole list for `q`, synced in chunks. */
  list: (q: string) => [...workspaceKeys.lists(), tidyQuery(q)] as const,
  /** Rows of that list refreshed by id: those shown (`ids`), or those in progress. */
  rows: (q: string, part: { ids: readonly string[] } | { inProgress: "shown" | "elsewhere" }) =>
    [...workspaceKeys.list(q), "rows", part] as const,
  /** coderd's count for `q`: a change means workspaces came or went. */
  count: (q: string) => [...workspaceKeys.list(q), "count"] as const,
  details: () => [...workspaceKeys.all, "detail"] as const,
  detail: (id: string, includeDeleted: boolean) =>
    [...workspaceKeys.details(), id, { includeDeleted }] as const,
};

/** Runs `fetch` under a deadline sized by how many rows it may bring. */
function withListDeadline<T>(
  signal: AbortSignal,
  rows: number,
  fetch: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  return runWithDeadline(signal, listDeadlineMs(rows), fetch);
}

/** How long a chunk waits for a screen to show the rows before it (see `afterRowsShown`). */
const UNSHOWN_WAIT_MS = 2_000;

/**
 * Resolves once the rows just written for `queryKey` have been painted. A load no screen shows yet
 * (the early load, before React's first render) first waits for one to mount, at most two seconds: two
 * frames alone could end before that render had run, and the next chunk's worker started ahead of it.
 */
async function afterRowsShown(client: QueryClient, queryKey: QueryKey): Promise<void> {
  const cache = client.getQueryCache();
  const shown = () => (cache.find({ queryKey, exact: true })?.getObserversCount() ?? 0) > 0;
  if (!shown()) {
    let unsubscribe = () => {};
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, UNSHOWN_WAIT_MS);
      unsubscribe = cache.subscribe(() => {
        if (!shown()) return;
        clearTimeout(timer);
        resolve();
      });
    });
    unsubscribe();
  }
  await afterNextPaint();
}

/**
 * The whole list for `q`. A first load writes each chunk to the cache as it arrives (the first screen
 * comes from the first page); a later sync keeps the complete fleet on screen until it is done.
 */
async function loadFleet(
  q: string,
  { client, queryKey, signal }: { client: QueryClient; queryKey: QueryKey; signal: AbortSignal },
): Promise<Fleet> {
  const before = client.getQueryData<Fleet>(queryKey);
  const progressive = !before?.complete;
  // A server that ignores `limit` sends everything to the first request: give it the time that takes.
  const firstRows = before && !before.paged ? before.count : FLEET_SYNC.firstPage;
  const fetchPage = (paging: Paging) =>
    withListDeadline(
      signal,
      paging.offset === 0 ? Math.max(firstRows, paging.limit) : paging.limit,
      (s) => getWorkspaces(q, { signal: s }, paging),
    );
  let last: Fleet | undefined;
  for await (const fleet of syncFleet(fetchPage, FLEET_SYNC)) {
    last = fleet;
    // A first load tried again (a chunk failed) starts over from the first page: until it has read
    // more than is on screen, the rows read so far stay, so no count goes backwards.
    const shown = client.getQueryData<Fleet>(queryKey);
    const behind = shown !== undefined && !shown.complete && shown.loaded > fleet.loaded;
    if (progressive && !fleet.complete && !behind) {
      client.setQueryData<Fleet>(queryKey, fleet);
      // The rows go on screen before the next chunk is asked for (and the worker is started).
      await afterRowsShown(client, queryKey);
    }
  }
  if (!last) throw new Error("The list sync ended without an answer.");
  return last;
}

/** The list for Coder's search query `q` (the filter's one form), synced whole. */
export function workspacesQuery(q: string) {
  const tidy = tidyQuery(q);
  return queryOptions({
    queryKey: workspaceKeys.list(tidy),
    queryFn: ({ client, queryKey, signal }) => loadFleet(tidy, { client, queryKey, signal }),
    // Each chunk makes a new fleet: comparing 50,000 rows with the last one, deep, would block the
    // page for hundreds of milliseconds a chunk, to keep identities nothing relies on.
    structuralSharing: false,
  });
}

/** Given rows of the list for `q`, asked by id: what changed, and which no longer match. */
export function workspaceRowsQuery(q: string, ids: readonly string[]) {
  const tidy = tidyQuery(q);
  return queryOptions({
    queryKey: workspaceKeys.rows(tidy, { ids }),
    queryFn: ({ signal }) =>
      withListDeadline(signal, ids.length, (s) =>
        refreshRows(tidy, ids, (idQuery) => getWorkspaces(idQuery, { signal: s })),
      ),
  });
}

/** The list for `q` as the cache has it: the fleet with the newer rows asked by id laid over it. */
export function cachedLiveFleet(
  client: QueryClient,
  q: string,
): { fleet: Fleet; workspaces: Workspace[]; updatedAt: number } | undefined {
  const fleetState = client.getQueryState<Fleet>(workspaceKeys.list(q));
  if (!fleetState?.data) return undefined;
  let updatedAt = fleetState.dataUpdatedAt;
  const parts = client
    .getQueryCache()
    .findAll({ queryKey: [...workspaceKeys.list(q), "rows"] })
    .map((query) => {
      updatedAt = Math.max(updatedAt, query.state.dataUpdatedAt);
      return { rows: query.state.data as LiveRows | undefined, at: query.state.dataUpdatedAt };
    });
  const workspaces = withLiveRows(fleetState.data.workspaces, fleetState.dataUpdatedAt, parts);
  return { fleet: fleetState.data, workspaces, updatedAt };
}

/** The ids of the rows of the list for `q` in progress, by the newest copy of each in the cache. */
function inProgressIds(client: QueryClient, q: string): string[] {
  return (cachedLiveFleet(client, q)?.workspaces ?? [])
    .filter(isWorkspaceInProgress)
    .flatMap((w) => (w.id === undefined ? [] : [w.id]));
}

/** Where the rows in progress are: on screen (the user watches them), or elsewhere in the fleet. */
export type Whereabouts = "shown" | "elsewhere";

/**
 * The rows of the list for `q` whose builds are in progress, on screen or elsewhere, asked by id.
 * Which rows those are is read when the refresh runs (the cache for the rows, `meta.shownIds` for the
 * screen): a build that finishes leaves the set without a new query key, and so without a new request.
 */
export function inProgressRowsQuery(q: string, where: Whereabouts) {
  const tidy = tidyQuery(q);
  return queryOptions({
    queryKey: workspaceKeys.rows(tidy, { inProgress: where }),
    queryFn: ({ client, signal, meta }): Promise<LiveRows> => {
      const shown = new Set(Array.isArray(meta?.shownIds) ? (meta.shownIds as unknown[]) : []);
      const ids = inProgressIds(client, tidy).filter((id) => shown.has(id) === (where === "shown"));
      return withListDeadline(signal, ids.length, (s) =>
        refreshRows(tidy, ids, (idQuery) => getWorkspaces(idQuery, { signal: s })),
      );
    },
  });
}

/** coderd's count for `q`, from a one-row page. */
export function workspacesCountQuery(q: string) {
  const tidy = tidyQuery(q);
  return queryOptions({
    queryKey: workspaceKeys.count(tidy),
    queryFn: ({ signal }) =>
      withListDeadline(signal, 1, (s) =>
        getWorkspaces(tidy, { signal: s }, { offset: 0, limit: 1 }).then(
          (page) => page.serverCount ?? null,
        ),
      ),
  });
}

export function workspaceQuery(id: string, includeDeleted: boolean) {
  return queryOptions({
    queryKey: workspaceKeys.detail(id, includeDeleted),
    queryFn: ({ signal }) => getWorkspace(id, includeDeleted, { signal }),
  });
}

/** The newest copy of a workspace any cached list holds, to show while its detail loads. */
export function workspaceFromLists(queryClient: QueryClient, id: string): Workspace | undefined {
  let found: Workspace | undefined;
  let foundAt = -1;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: workspaceKeys.lists() })) {
    const data = query.state.data as { workspaces?: Workspace[] } | null | undefined;
    const match = data?.workspaces?.find((w) => w.id === id);
    if (match && query.state.dataUpdatedAt > foundAt) {
      found = match;
      foundAt = query.state.dataUpdatedAt;
    }
  }
  return found;
}
