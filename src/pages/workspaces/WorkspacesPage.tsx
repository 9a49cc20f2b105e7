import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import { useLocation } from "react-router";
import { WorkspacesPageView } from "./WorkspacesPageView";
import { workspaceKeys } from "../../api/queries";
import { workspacePage } from "../../app/lazyPages";
import type { WorkspacesResponse } from "../../api/types";
import { useWorkspaces } from "../../api/useWorkspaces";
import { freshnessOf } from "../../components/Freshness";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useUrlState } from "../../components/useUrlState";
import { listRefetchInterval } from "../../domain/freshness";
import { filterFromSearchParams, writeFilter, type WorkspaceFilter } from "../../domain/filter";
import { listViewFromSearchParams, writeListView, type ListView } from "../../domain/listView";

/** Owns the URL (filter, sort, page) and the list query; the views only render. */
export function WorkspacesPage() {
  const [searchParams, setSearchParams] = useUrlState();
  const filter = useMemo(() => filterFromSearchParams(searchParams), [searchParams]);
  const view = useMemo(() => listViewFromSearchParams(searchParams), [searchParams]);
  const query = useWorkspaces(filter);
  const queryClient = useQueryClient();
  const location = useLocation();
  useDocumentTitle("Workspaces");

  // Once rows are on screen, fetch the detail page's code so opening a workspace doesn't wait for it.
  const hasRows = query.data !== undefined;
  useEffect(() => {
    if (!hasRows) return;
    const id = setTimeout(() => void workspacePage.preload(), 500);
    return () => clearTimeout(id);
  }, [hasRows]);

  // Patches, not whole filters: a control's props can lag one quick edit behind the URL.
  const onFilterChange = useCallback(
    (next: WorkspaceFilter, mode: "patch" | "replace") =>
      setSearchParams((prev) =>
        writeListView(writeFilter(prev, next, { replace: mode === "replace" }), { page: 1 }),
      ),
    [setSearchParams],
  );
  const onViewChange = useCallback(
    (next: Partial<ListView>) => setSearchParams((prev) => writeListView(prev, next)),
    [setSearchParams],
  );

  // Suggestions come from every owner and template any cached list has shown.
  const data = query.data;
  const suggestions = useMemo(() => {
    const owners = new Set<string>();
    const templates = new Set<string>();
    for (const [, cached] of queryClient.getQueriesData<WorkspacesResponse>({
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

  return (
    <WorkspacesPageView
      filter={filter}
      view={view}
      from={location.pathname + location.search}
      workspaces={query.data?.workspaces}
      error={query.error}
      isFetching={query.isFetching}
      isPlaceholderData={query.isPlaceholderData}
      freshness={freshnessOf(query, listRefetchInterval(query.data))}
      onRetry={() => void query.refetch()}
      onFilterChange={onFilterChange}
      onViewChange={onViewChange}
      ownerSuggestions={suggestions.owners}
      templateSuggestions={suggestions.templates}
    />
  );
}
