import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { Workspace } from "../coderd/schemas";
import { isWorkspaceInProgress } from "../domain/status";
import { isApiError } from "./transport/client";
import { tidyQuery } from "../domain/query/edit";
import type { Fleet } from "./list/fleetSync";
import { withLiveRows } from "./list/liveRows";
import {
  COUNT_REFETCH_MS,
  countChangeRereads,
  fleetRefetchInterval,
  fleetStaleTime,
  IN_PROGRESS_SHOWN_REFETCH_MS,
  inProgressElsewhereInterval,
  pollsBigFleetWhole,
  SHOWN_ROWS_REFETCH_MS,
  shownRefetchInterval,
  syncsInParts,
  type Freshness,
  type WholePolling,
} from "./polling";
import {
  inProgressRowsQuery,
  workspaceRowsQuery,
  type Whereabouts,
  workspacesCountQuery,
  workspacesQuery,
} from "./queries";

interface Part {
  /** What the freshness warning calls it when it fails; the whole list's request goes unnamed. */
  name?: string;
  dataUpdatedAt: number;
  isFetching: boolean;
  failureCount: number;
  failureReason: unknown;
  error: unknown;
  errorUpdatedAt: number;
  refetch: () => Promise<unknown>;
}

/**
 * The list for `q`, kept fresh at little cost to coderd. Small fleets, and servers that don't page,
 * are polled whole (fast while something is in progress). A bigger fleet loads page first, then in
 * chunks; once whole, the rows on screen (`shownIds`, every 30 s) and those in progress (every 5 s)
 * are asked again by id, coderd's count tells when workspaces came or went, and the whole fleet is
 * read again at a cadence that slows as it grows. A query with errors is never sent (`enabled`).
 */
/** The fields of a query's result the freshness reads, under a name. */
function part(result: Omit<Part, "name">, name?: string): Part {
  return {
    name,
    dataUpdatedAt: result.dataUpdatedAt,
    isFetching: result.isFetching,
    failureCount: result.failureCount,
    failureReason: result.failureReason,
    error: result.error,
    errorUpdatedAt: result.errorUpdatedAt,
    refetch: result.refetch,
  };
}

/** A 400 to a refresh by id, whose query the whole list's request had just had accepted. */
function refusesIdTerm(error: unknown): boolean {
  return isApiError(error) && error.status === 400;
}

/** The names of the rows on screen whose builds are in progress. */
function inProgressNames(workspaces: Workspace[], shownIds: readonly string[]): string[] {
  if (shownIds.length === 0) return [];
  const shown = new Set(shownIds);
  return workspaces
    .filter((w) => w.id !== undefined && shown.has(w.id) && isWorkspaceInProgress(w))
    .map((w) => w.name ?? w.id ?? "");
}

/**
 * The whole fleet keeps being polled while the tab is hidden: the user turned desktop notifications
 * on, and they are for when the tab is not being looked at. Otherwise polling pauses while hidden.
 */
export const PollWholeFleetWhileHidden = createContext(false);

export function useWorkspaces(q: string, enabled: boolean, shownIds: readonly string[] = []) {
  const whileHidden = useContext(PollWholeFleetWhileHidden) && tidyQuery(q) === "";
  // An older coderd answers `"id" is not a valid query param`: then the fleet is polled whole.
  const [idTermRefused, setIdTermRefused] = useState(false);
  const fleetQuery = useQuery({
    ...workspacesQuery(q),
    enabled,
    // The previous filter's rows stay (marked) while a new one loads.
    placeholderData: keepPreviousData,
    refetchInterval: (query) => fleetRefetchInterval(query.state.data, idTermRefused),
    staleTime: (query) => fleetStaleTime(query.state.data, idTermRefused),
    refetchIntervalInBackground: whileHidden,
  });
  const fleet = fleetQuery.isPlaceholderData ? undefined : fleetQuery.data;
  const fleetAt = fleetQuery.dataUpdatedAt;
  const inParts = enabled && syncsInParts(fleet, idTermRefused);
  const wholePolling: WholePolling | undefined = enabled
    ? pollsBigFleetWhole(fleet, idTermRefused)
    : undefined;

  const shownKey = useMemo(() => [...shownIds].sort(), [shownIds]);
  const shown = useQuery({
    ...workspaceRowsQuery(q, shownKey),
    enabled: inParts && shownKey.length > 0,
    // The rows came with the fleet: they are asked again once they are an interval old.
    initialData: () => {
      if (!fleet) return undefined;
      const wanted = new Set(shownKey);
      return {
        asked: shownKey,
        workspaces: fleet.workspaces.filter((w) => w.id !== undefined && wanted.has(w.id)),
        absenceMeansGone: false,
      };
    },
    initialDataUpdatedAt: fleetAt,
    staleTime: SHOWN_ROWS_REFETCH_MS,
    refetchInterval: SHOWN_ROWS_REFETCH_MS,
  });

  // Builds in progress on screen every 5 s; those elsewhere less often the more there are, so a
  // busy morning at 5,000 workspaces costs coderd little.
  const inProgressOptions = (where: Whereabouts) => ({
    ...inProgressRowsQuery(q, where),
    enabled: inParts,
    meta: { shownIds },
    initialData: () => (fleet ? { asked: [], workspaces: [], absenceMeansGone: true } : undefined),
    initialDataUpdatedAt: fleetAt,
    staleTime: IN_PROGRESS_SHOWN_REFETCH_MS,
  });
  const inProgress = useQuery({
    ...inProgressOptions("shown"),
    refetchInterval: IN_PROGRESS_SHOWN_REFETCH_MS,
    refetchIntervalInBackground: whileHidden,
  });
  const inProgressElsewhere = useQuery({
    ...inProgressOptions("elsewhere"),
    refetchInterval: (query) => inProgressElsewhereInterval(query.state.data?.asked.length ?? 0),
    refetchIntervalInBackground: whileHidden,
  });

  // coderd's count takes no `id:`: it still tells when workspaces come or go if the refreshes by id
  // were refused.
  const countOn = inParts || wholePolling === "no-id-term";
  const count = useQuery({
    ...workspacesCountQuery(q),
    enabled: countOn,
    initialData: () => fleet?.count,
    initialDataUpdatedAt: fleetAt,
    staleTime: COUNT_REFETCH_MS,
    refetchInterval: COUNT_REFETCH_MS,
    refetchIntervalInBackground: whileHidden,
  });

  const merged = useMemo((): Fleet | undefined => {
    if (!fleet || !inParts) return fleet;
    const workspaces = withLiveRows(fleet.workspaces, fleetAt, [
      { rows: shown.data, at: shown.dataUpdatedAt },
      { rows: inProgress.data, at: inProgress.dataUpdatedAt },
      { rows: inProgressElsewhere.data, at: inProgressElsewhere.dataUpdatedAt },
    ]);
    return { ...fleet, workspaces };
  }, [
    fleet,
    fleetAt,
    inParts,
    shown.data,
    shown.dataUpdatedAt,
    inProgress.data,
    inProgress.dataUpdatedAt,
    inProgressElsewhere.data,
    inProgressElsewhere.dataUpdatedAt,
  ]);

  // Workspaces came or went: read the whole fleet again, if the last read is not too recent.
  const { refetch: refetchFleet, isFetching: fleetFetching } = fleetQuery;
  useEffect(() => {
    if (!countOn || !fleet || typeof count.data !== "number" || count.data === fleet.count) return;
    if (fleetFetching || !countChangeRereads(fleet.count, count.dataUpdatedAt - fleetAt)) return;
    void refetchFleet();
  }, [countOn, fleet, fleetAt, count.data, count.dataUpdatedAt, fleetFetching, refetchFleet]);

  const byId = [
    part(shown, "refresh of the rows on screen"),
    part(inProgress, "refresh of the builds in progress on screen"),
    part(inProgressElsewhere, "refresh of the builds in progress elsewhere"),
  ];
  // Adjusted while rendering (React's pattern for state that follows a value): the next render polls
  // the fleet whole, before anything reads the refusal as the user's search being wrong.
  if (inParts && byId.some((p) => refusesIdTerm(p.error))) setIdTermRefused(true);

  const countPart = part(count, "refresh of coderd's count");
  const fleetPart = part(fleetQuery);
  const parts: Part[] = inParts
    ? [fleetPart, ...byId, countPart]
    : countOn
      ? [fleetPart, countPart]
      : [fleetPart];
  const failing = parts.find((p) => p.error) ?? parts.find((p) => p.failureCount > 0);

  // A part that failed is asked again as soon as another gets an answer: the server is back, and
  // the warning should not wait for the slowest cadence to clear.
  const lastAnswer = Math.max(...parts.map((p) => p.dataUpdatedAt));
  const stale = parts.filter((p) => p.error && !p.isFetching && p.errorUpdatedAt < lastAnswer);
  const staleRefetches = stale.map((p) => p.refetch);
  useEffect(() => {
    for (const refetch of staleRefetches) void refetch();
    // Once per newer answer: the refetch functions are stable per query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastAnswer, staleRefetches.length]);
  // Builds in progress on screen are asked every 5 s: then that is the cadence of what is shown, and
  // the warning names them once they are late.
  const watching = useMemo(
    () => (merged ? inProgressNames(merged.workspaces, shownIds) : []),
    [merged, shownIds],
  );
  const active = inParts && watching.length > 0;
  const intervalMs = shownRefetchInterval(fleet, inParts, active, idTermRefused);
  const freshness: Freshness = {
    // In parts, what is on screen was last confirmed by the latest answer by id or count; a count
    // says nothing about builds in progress, so it doesn't count while they set the pace.
    updatedAt: fleetQuery.isPlaceholderData
      ? 0
      : Math.max(
          fleetAt,
          countOn && !active ? count.dataUpdatedAt : 0,
          inParts && shownKey.length > 0 ? shown.dataUpdatedAt : 0,
          active ? inProgress.dataUpdatedAt : 0,
        ),
    hasData: fleetQuery.data !== undefined,
    isFetching: parts.some((p) => p.isFetching),
    failureCount: failing?.failureCount ?? 0,
    failureReason: failing?.failureReason ?? null,
    error: failing?.error ?? null,
    failingPart: failing?.name,
    intervalMs,
    watching: watching.length > 0 && intervalMs === IN_PROGRESS_SHOWN_REFETCH_MS ? watching : [],
  };

  return {
    fleet: merged,
    /** The previous filter's fleet, shown while this one's first page loads. */
    placeholder: fleetQuery.isPlaceholderData ? fleetQuery.data : undefined,
    /**
     * The error of the request the user's `q` made (the whole list), which alone can mean the search
     * was rejected; the other refreshes' errors are in `freshness`, named.
     */
    error: fleetQuery.error,
    /** Why a fleet bigger than a page is polled whole, and how often, to say so on screen. */
    wholePolling:
      wholePolling && intervalMs !== false ? { why: wholePolling, intervalMs } : undefined,
    isFetching: freshness.isFetching,
    isPlaceholderData: fleetQuery.isPlaceholderData,
    /** When the whole fleet was last read, if it is refreshed in parts in between. */
    wholeReadAt: inParts ? fleetAt : undefined,
    freshness,
    refetch: () =>
      Promise.all(parts.filter((p) => p.error || p === fleetPart).map((p) => p.refetch())),
  };
}
