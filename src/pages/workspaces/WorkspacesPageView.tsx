import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Suspense, useMemo } from "react";
import { FilterBar } from "./FilterBar";
import { ListFooter } from "./ListFooter";
import { StatusSummary } from "./StatusSummary";
import { WorkspacesTable } from "./WorkspacesTable";
// Triage (issue 10): overview, export and group-by; props in, callbacks out.
import { ListTools } from "./ListTools";
import { LazyExportControl, LazyFleetOverview, LazyGroupedView } from "./triageLazy";
import { useNow } from "../../components/useNow";
import { attentionHref } from "../../domain/attentionLink";
import type { Workspace } from "../../api/types";
import { ErrorState, errorText } from "../../components/ErrorState";
import { ProgressBar } from "../../components/ProgressBar";
import { RelativeTime } from "../../components/RelativeTime";
import { isFilterEmpty, type WorkspaceFilter } from "../../domain/filter";
import { PAGE_SIZE, sortWorkspaces, statusCounts, type ListView } from "../../domain/listView";

export interface WorkspacesPageViewProps {
  filter: WorkspaceFilter;
  view: ListView;
  /** This page's path and search, handed to the detail links. */
  from: string;
  workspaces: Workspace[] | undefined;
  error: unknown;
  isFetching: boolean;
  /** The rows shown belong to the previous filter while the new one loads. */
  isPlaceholderData: boolean;
  updatedAt: number;
  onRetry: () => void;
  /** "patch" changes only the keys given; "replace" sets the whole filter. */
  onFilterChange: (filter: WorkspaceFilter, mode: "patch" | "replace") => void;
  onViewChange: (view: Partial<ListView>) => void;
  ownerSuggestions: string[];
  templateSuggestions: string[];
  /**
   * Triage: narrows the list by one Coder search term from the overview or a group (`status:failed`,
   * `healthy:false`, `outdated:true`, `dormant:true`, `owner:alice`, `id:…`). Until the page wires
   * it to the q filter, only `status:` terms work (through onFilterChange).
   */
  onFilter?: (term: string) => void;
}

export function WorkspacesPageView(props: WorkspacesPageViewProps) {
  const { filter, view, workspaces, error, onFilterChange, onViewChange } = props;
  // Triage: time in state and "stuck" read in minutes; sorting by them needn't redo on every tick.
  const minute = Math.floor(useNow() / 60_000) * 60_000;
  const sorted = useMemo(
    () =>
      workspaces
        ? sortWorkspaces(workspaces, view.sort, view.dir, {
            now: minute,
            thresholds: view.thresholds,
          })
        : undefined,
    [workspaces, view.sort, view.dir, view.thresholds, minute],
  );
  const counts = useMemo(() => statusCounts(workspaces ?? []), [workspaces]);
  const pageCount = Math.max(1, Math.ceil((sorted?.length ?? 0) / PAGE_SIZE));
  const page = Math.min(view.page, pageCount);
  const rows = sorted?.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = !isFilterEmpty(filter);

  // Triage (issue 10).
  const onFilter =
    props.onFilter ??
    ((term: string) => {
      const status = /^status:([a-z_]+)$/.exec(term)?.[1];
      if (status) onFilterChange({ status }, "patch");
    });
  const search = props.from.includes("?") ? props.from.slice(props.from.indexOf("?")) : "";

  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        sx={{ alignItems: "baseline", justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}
      >
        <Typography variant="h1">Workspaces</Typography>
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          {props.updatedAt > 0 ? (
            <>
              Updated <RelativeTime value={new Date(props.updatedAt).toISOString()} />
              {props.isFetching ? " · refreshing…" : null}
            </>
          ) : null}
        </Typography>
      </Stack>

      <FilterBar
        filter={filter}
        onChange={onFilterChange}
        ownerSuggestions={props.ownerSuggestions}
        templateSuggestions={props.templateSuggestions}
      />

      {workspaces && workspaces.length > 0 ? (
        <StatusSummary
          counts={counts}
          active={filter.status}
          onSelect={(status) => onFilterChange({ status }, "patch")}
        />
      ) : null}

      {workspaces && workspaces.length > 0 ? (
        <Suspense fallback={null}>
          <LazyFleetOverview
            workspaces={workspaces}
            onFilter={onFilter}
            attentionHref={attentionHref(search)}
            thresholds={view.thresholds}
            now={minute}
          />
        </Suspense>
      ) : null}

      {error && workspaces ? (
        <Alert severity="warning" role="status">
          Showing earlier data: the latest refresh failed ({errorText(error)}).
        </Alert>
      ) : null}

      {error && !workspaces ? (
        <ErrorState
          title="Couldn't load workspaces"
          error={error}
          onRetry={props.onRetry}
          retrying={props.isFetching}
        />
      ) : (
        <Box sx={{ position: "relative" }}>
          {props.isPlaceholderData ? <ProgressBar label="Loading the new filter" overlay /> : null}
          <ListTools group={view.group} onGroup={(group) => onViewChange({ group, page: 1 })}>
            {sorted ? (
              <Suspense fallback={null}>
                <LazyExportControl
                  workspaces={sorted}
                  search={search}
                  thresholds={view.thresholds}
                />
              </Suspense>
            ) : null}
          </ListTools>
          {view.group && sorted ? (
            <Suspense fallback={<ProgressBar label="Loading the groups" />}>
              <LazyGroupedView
                workspaces={sorted}
                group={view.group}
                thresholds={view.thresholds}
                onFilter={onFilter}
              />
            </Suspense>
          ) : (
            <WorkspacesTable
              rows={rows}
              from={props.from}
              view={view}
              filtered={filtered}
              deleted={filter.deleted === true}
              stale={props.isPlaceholderData}
              onViewChange={onViewChange}
              onClearFilters={() => onFilterChange({}, "replace")}
              thresholds={view.thresholds}
            />
          )}
        </Box>
      )}

      {sorted && sorted.length > 0 && !view.group ? (
        <ListFooter
          total={sorted.length}
          page={page}
          pageCount={pageCount}
          onPage={(p) => onViewChange({ page: p })}
        />
      ) : null}
    </Stack>
  );
}
