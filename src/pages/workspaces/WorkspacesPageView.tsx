import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useMemo } from "react";
import { FilterBar } from "./FilterBar";
import { ListFooter } from "./ListFooter";
import { StatusSummary } from "./StatusSummary";
import { WorkspacesTable } from "./WorkspacesTable";
import type { Workspace } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { FreshnessLine, FreshnessWarning, type Freshness } from "../../components/Freshness";
import { ProgressBar } from "../../components/ProgressBar";
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
  /** How old the rows are, and why, for the freshness line and its warning. */
  freshness: Freshness;
  onRetry: () => void;
  /** "patch" changes only the keys given; "replace" sets the whole filter. */
  onFilterChange: (filter: WorkspaceFilter, mode: "patch" | "replace") => void;
  onViewChange: (view: Partial<ListView>) => void;
  ownerSuggestions: string[];
  templateSuggestions: string[];
}

export function WorkspacesPageView(props: WorkspacesPageViewProps) {
  const { filter, view, workspaces, error, onFilterChange, onViewChange } = props;
  const sorted = useMemo(
    () => (workspaces ? sortWorkspaces(workspaces, view.sort, view.dir) : undefined),
    [workspaces, view.sort, view.dir],
  );
  const counts = useMemo(() => statusCounts(workspaces ?? []), [workspaces]);
  const pageCount = Math.max(1, Math.ceil((sorted?.length ?? 0) / PAGE_SIZE));
  const page = Math.min(view.page, pageCount);
  const rows = sorted?.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = !isFilterEmpty(filter);

  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        sx={{ alignItems: "baseline", justifyContent: "space-between", flexWrap: "wrap", gap: 1 }}
      >
        <Typography variant="h1">Workspaces</Typography>
        <FreshnessLine freshness={props.freshness} />
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

      <FreshnessWarning freshness={props.freshness} what="workspaces" />

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
          <WorkspacesTable
            rows={rows}
            from={props.from}
            view={view}
            filtered={filtered}
            deleted={filter.deleted === true}
            stale={props.isPlaceholderData}
            onViewChange={onViewChange}
            onClearFilters={() => onFilterChange({}, "replace")}
          />
        </Box>
      )}

      {sorted && sorted.length > 0 ? (
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
