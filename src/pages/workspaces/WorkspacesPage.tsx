import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useLocation } from "react-router";
import { WorkspacesPageView } from "./WorkspacesPageView";
import { useFleetTrend } from "./useFleetTrend";
import { useShownFleet } from "./useShownFleet";
import { workspaceKeys } from "../../api/queries";
import { usePreloadDetailPage } from "../workspace/detailPage";
import type { Workspace } from "../../coderd/schemas";
import { useWorkspaces } from "../../api/useWorkspaces";
import { useChangesSince } from "../changes/useChangesSince";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useNow } from "../../components/useNow";
import { useUrlState } from "../../components/useUrlState";
import { tidyQuery } from "../../domain/query/edit";
import { DOCUMENTED_PARAMS, queryFromDocumentedParams } from "../../domain/query/legacy";
import { parseQuery } from "../../domain/query/parse";
import {
  listingOf,
  listViewFromSearchParams,
  writeListView,
  type ListView,
} from "../../domain/listView";

/** `params` with the filter set to `q`: one form, `?q=`, and the documented parameters gone. */
function writeQuery(params: URLSearchParams, q: string): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of DOCUMENTED_PARAMS) next.delete(key);
  const tidy = tidyQuery(q);
  if (tidy) next.set("q", tidy);
  else next.delete("q");
  return next;
}

const NO_IDS: readonly string[] = [];

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Owns the URL (the `q` filter, sort, page) and the list query; the views only render. */
export function WorkspacesPage() {
  const [searchParams, setSearchParams] = useUrlState();
  // Links made for the early reference (`?owner=bob&has_agent=true`) still work as entry points.
  const q = searchParams.get("q") ?? queryFromDocumentedParams(searchParams);
  const parsed = useMemo(() => parseQuery(q), [q]);
  const view = useMemo(() => listViewFromSearchParams(searchParams), [searchParams]);
  // Triage: time in state and "stuck" read in minutes; sorting by them needn't redo on every tick.
  const minute = Math.floor(useNow() / 60_000) * 60_000;
  // The rows on screen are refreshed by id. Which rows those are is known once this page has sorted
  // and paged the fleet (below), so the data hook learns them one render later.
  const [shownIds, setShownIds] = useState(NO_IDS);
  const query = useWorkspaces(q, parsed.errors.length === 0, shownIds);
  const queryClient = useQueryClient();
  const location = useLocation();
  useDocumentTitle("Workspaces");
  const changes = useChangesSince();

  usePreloadDetailPage(query.fleet !== undefined);
  // The day's trend counts the whole fleet only: no filter, and not another filter's rows.
  const trend = useFleetTrend(query.fleet, q.trim() === "" && parsed.errors.length === 0);

  // The previous filter's rows stay on screen, marked, while the new filter's first page loads.
  const shown = useShownFleet(q, query.fleet ?? query.placeholder, query.isPlaceholderData);
  const shownFleet = shown.fleet;
  const listing = useMemo(
    () =>
      shownFleet
        ? listingOf(
            shownFleet.workspaces,
            view,
            { now: minute, thresholds: view.thresholds },
            shownFleet,
          )
        : undefined,
    [shownFleet, view, minute],
  );
  const listedIds = useMemo(
    () =>
      !shown.isPlaceholderData && listing?.rows
        ? listing.rows.flatMap((w) => (w.id === undefined ? [] : [w.id]))
        : NO_IDS,
    [shown.isPlaceholderData, listing],
  );
  // Adjusted while rendering (React's pattern for state that follows a value): the listing of the
  // new ids is the same, so this settles in one extra render before anything is committed.
  if (!sameStrings(shownIds, listedIds)) setShownIds(listedIds);

  // Edits, not whole queries: a control's props can lag one quick edit behind the URL, so each
  // control's change is applied to the URL's latest query.
  const onQueryChange = useCallback(
    (edit: (q: string) => string) =>
      setSearchParams((prev) => {
        const current = prev.get("q") ?? queryFromDocumentedParams(prev);
        return writeListView(writeQuery(prev, edit(current)), { page: 1 });
      }),
    [setSearchParams],
  );
  const onViewChange = useCallback(
    (next: Partial<ListView>) => setSearchParams((prev) => writeListView(prev, next)),
    [setSearchParams],
  );

  // Suggestions come from every owner and template any cached list has shown.
  const data = query.fleet;
  const cachedSuggestions = useMemo(() => {
    const owners = new Set<string>();
    const templates = new Set<string>();
    for (const [, cached] of queryClient.getQueriesData<{ workspaces?: Workspace[] } | null>({
      queryKey: workspaceKeys.lists(),
    })) {
      for (const w of cached?.workspaces ?? []) {
        if (w.owner_name) owners.add(w.owner_name);
        if (w.template_name) templates.add(w.template_name);
      }
    }
    return { owners: [...owners].sort(), templates: [...templates].sort() };
    // `data` changes whenever a list arrives, which is when the cache has new values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, data]);
  // The same arrays while their words are: the filter bar re-renders only when they change.
  const [suggestions, setSuggestions] = useState(cachedSuggestions);
  if (
    suggestions !== cachedSuggestions &&
    !(
      sameStrings(suggestions.owners, cachedSuggestions.owners) &&
      sameStrings(suggestions.templates, cachedSuggestions.templates)
    )
  )
    setSuggestions(cachedSuggestions);

  return (
    <WorkspacesPageView
      query={parsed}
      view={view}
      from={location.pathname + location.search}
      listing={listing}
      progress={shownFleet}
      wholeReadAt={query.wholeReadAt}
      wholePolling={query.wholePolling}
      error={query.error}
      isFetching={query.isFetching}
      isPlaceholderData={shown.isPlaceholderData}
      freshness={query.freshness}
      trend={trend}
      onRetry={() => void query.refetch()}
      onQueryChange={onQueryChange}
      onViewChange={onViewChange}
      ownerSuggestions={suggestions.owners}
      templateSuggestions={suggestions.templates}
      changes={changes}
    />
  );
}
