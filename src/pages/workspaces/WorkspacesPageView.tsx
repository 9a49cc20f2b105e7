import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Suspense, useRef } from "react";
import { FilterBar } from "./FilterBar";
import { ListFooter } from "./ListFooter";
import { OverviewToggle } from "./OverviewToggle";
import { RESULTS_ID } from "./results";
import { useStoredFlag } from "../../components/useStoredFlag";
import { WorkspacesTable } from "./WorkspacesTable";
import { SortedSoFar } from "./SortedSoFar";
// Triage: overview, export and group-by; props in, callbacks out.
import { ListTools } from "./ListTools";
import { LazyFleetOverview, LazyGroupedView } from "./triageLazy";
import { ExportControl } from "./ExportControl";
import { FleetOverviewPlaceholder } from "./FleetOverviewPlaceholder";
import { useNow } from "../../components/useNow";
import { attentionHref } from "../../domain/attentionLink";
import { ErrorState } from "../../components/ErrorState";
import { FleetProgress, type LoadProgress } from "../../components/FleetProgress";
import { FreshnessLine, FreshnessWarning } from "../../components/Freshness";
import type { Freshness, WholePolling } from "../../api/polling";
import { ProgressBar } from "../../components/ProgressBar";
import { isApiError } from "../../api/transport/client";
import { setQueryTerm } from "../../domain/query/edit";
import { queryBool, type ParsedQuery, type QueryErrorWithHint } from "../../domain/query/parse";
import type { Listing, ListView } from "../../domain/listView";
import { ChangesSummary } from "../../components/ChangesSummary";
import type { ChangesSince } from "../changes/useChangesSince";
import type { TrendSample } from "../../domain/fleetTrend";

export interface WorkspacesPageViewProps {
  /** The filter: Coder's search query, parsed. */
  query: ParsedQuery;
  view: ListView;
  /** This page's path and search, handed to the detail links. */
  from: string;
  /** The rows, sorted and paged; undefined until the first page has loaded. */
  listing: Listing | undefined;
  /** How much of the fleet has loaded behind the first page, and what could not be read. */
  progress: (LoadProgress & { unread: number; unsettled: boolean }) | undefined;
  /** When the whole fleet was last read (epoch ms), when it is refreshed in parts in between. */
  wholeReadAt?: number | undefined;
  /** A fleet bigger than a page that can only be read whole: why, and how often it is. */
  wholePolling?: { why: WholePolling; intervalMs: number } | undefined;
  /** The error of the whole list's request, the one the user's query made. */
  error: unknown;
  isFetching: boolean;
  /** The rows shown belong to the previous filter while the new one loads. */
  isPlaceholderData: boolean;
  /** How old the rows are, and why, for the freshness line and its warning. */
  freshness: Freshness;
  /** The whole fleet's counts over the day, for the overview's trend. */
  trend?: readonly TrendSample[] | undefined;
  onRetry: () => void;
  /** Applies an edit to the latest query in the URL. */
  onQueryChange: (edit: (q: string) => string) => void;
  onViewChange: (view: Partial<ListView>) => void;
  ownerSuggestions: string[];
  templateSuggestions: string[];
  /** What changed since the user last looked (the whole fleet's, whatever the filter). */
  changes?: ChangesSince | undefined;
}

/** A 400 about the query: shown under the search box in coderd's words, not as a page error. */
function queryRejection(error: unknown): QueryErrorWithHint[] | undefined {
  if (!isApiError(error) || error.status !== 400) return undefined;
  return error.validations.length
    ? error.validations
    : [{ field: "q", detail: error.detail ?? error.message }];
}

// The per-browser choice to show the whole overview; folded, the rows come first.
const OVERVIEW_OPEN_KEY = "coder-dashboard.overview-open";
const OVERVIEW_BODY = "fleet-overview-body";
const NO_TREND: readonly TrendSample[] = [];
const NO_ERRORS: QueryErrorWithHint[] = [];

export function WorkspacesPageView(props: WorkspacesPageViewProps) {
  const { query, view, onQueryChange, onViewChange } = props;
  const [overviewOpen, setOverviewOpen] = useStoredFlag(OVERVIEW_OPEN_KEY, false);
  const rejected = queryRejection(props.error);
  const invalid = query.errors.length > 0 || rejected !== undefined;
  // Rows of another query (kept while this one loads) are not this query's answer.
  const listing = invalid ? undefined : props.listing;
  const sorted = listing?.sorted;
  const rows = listing?.rows;
  const progress = invalid ? undefined : props.progress;
  const complete = progress?.complete ?? true;
  const error = rejected ? undefined : props.error;
  const minute = Math.floor(useNow() / 60_000) * 60_000;
  const filtered = query.text.trim() !== "";
  const tableBox = useRef<HTMLDivElement>(null);
  const goToPage = (p: number) => {
    onViewChange({ page: p });
    // The next page starts at its first row, not where the pager was.
    tableBox.current?.scrollIntoView({ block: "start" });
  };
  const clear = () => onQueryChange(() => "");

  // The overview and the groups narrow the list by one search term (`status:failed`, `id:a,b`…).
  const onFilter = (term: string) =>
    onQueryChange((q) => {
      const colon = term.indexOf(":");
      return setQueryTerm(q, term.slice(0, colon), term.slice(colon + 1));
    });
  const search = props.from.includes("?") ? props.from.slice(props.from.indexOf("?")) : "";

  const shell = !invalid && !(error && !sorted);
  const overviewToggle = (
    <OverviewToggle
      open={overviewOpen}
      onToggle={() => setOverviewOpen(!overviewOpen)}
      bodyId={OVERVIEW_BODY}
    />
  );

  return (
    <Stack spacing={1.5}>
      {/* The tools sit under the heading below 1200 px, beside it above: a line whose length
          changes ("· refreshing…") or that comes with the data never moves them (layout shift). */}
      <Stack
        direction={{ xs: "column", lg: "row" }}
        sx={{
          alignItems: { xs: "flex-start", lg: "center" },
          justifyContent: "space-between",
          gap: 1,
        }}
      >
        <Stack
          direction="row"
          sx={{ alignItems: "baseline", flexWrap: "wrap", columnGap: 2, rowGap: 0.5 }}
        >
          <Typography variant="h1">Workspaces</Typography>
          {/* A line of its own on phones, there before the data is. */}
          <Box sx={{ flexBasis: { xs: "100%", sm: "auto" }, minHeight: { xs: 20, sm: 0 } }}>
            <FreshnessLine freshness={props.freshness} />
          </Box>
        </Stack>
        {shell ? (
          <ListTools group={view.group} onGroup={(group) => onViewChange({ group, page: 1 })}>
            <ExportControl
              workspaces={sorted && complete ? sorted : undefined}
              search={search}
              thresholds={view.thresholds}
            />
          </ListTools>
        ) : null}
      </Stack>

      <FreshnessWarning freshness={props.freshness} what="workspaces" />

      {props.changes ? (
        <ChangesSummary
          changes={props.changes.changes}
          seenAt={props.changes.seenAt}
          onMarkSeen={props.changes.onMarkSeen}
        />
      ) : null}

      {sorted && sorted.length > 0 && !invalid ? (
        <Suspense
          fallback={<FleetOverviewPlaceholder open={overviewOpen} toggle={overviewToggle} />}
        >
          <LazyFleetOverview
            workspaces={sorted}
            onFilter={onFilter}
            attentionHref={attentionHref(search)}
            thresholds={view.thresholds}
            now={minute}
            open={overviewOpen}
            toggle={overviewToggle}
            bodyId={OVERVIEW_BODY}
            // Counts so far while the fleet loads, labelled; the last filter's, dimmed, until the
            // new filter's rows arrive.
            partial={progress && !complete ? progress : undefined}
            narrowed={progress?.narrowed === true}
            stale={props.isPlaceholderData}
            trend={props.trend ?? NO_TREND}
          />
        </Suspense>
      ) : !sorted && !invalid && !error ? (
        <FleetOverviewPlaceholder open={overviewOpen} toggle={overviewToggle} />
      ) : null}

      <FilterBar
        query={query}
        onChange={onQueryChange}
        serverErrors={rejected ?? NO_ERRORS}
        ownerSuggestions={props.ownerSuggestions}
        templateSuggestions={props.templateSuggestions}
      />

      {invalid ? (
        <Alert severity="info" role="status">
          Fix the search above to see workspaces.{" "}
          <Button size="small" onClick={clear}>
            Clear filters
          </Button>
        </Alert>
      ) : error && !sorted ? (
        <ErrorState
          title="Couldn't load workspaces"
          error={error}
          onRetry={props.onRetry}
          retrying={props.isFetching}
        />
      ) : (
        <Box
          id={RESULTS_ID}
          tabIndex={-1}
          sx={{ position: "relative", scrollMarginTop: 64, outline: "none" }}
          ref={tableBox}
        >
          {props.isPlaceholderData ? <ProgressBar label="Loading the new filter" overlay /> : null}
          <FleetProgress
            keepPlace
            progress={sorted ? progress : undefined}
            matched={sorted?.length}
            note={
              view.group
                ? "Groups and the overview cover those so far; export waits for all."
                : "The overview counts those so far; export waits for all."
            }
          />
          {progress && sorted && view.sort && !view.group ? (
            <SortedSoFar sort={view.sort} progress={progress} />
          ) : null}
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
              deleted={queryBool(query, "deleted") === true}
              stale={props.isPlaceholderData}
              onViewChange={onViewChange}
              onClearFilters={clear}
              thresholds={view.thresholds}
              changes={props.changes?.byId}
            />
          )}
        </Box>
      )}

      {listing && listing.total > 0 && !view.group ? (
        <ListFooter
          total={listing.total}
          soFar={listing.soFar}
          page={listing.page}
          pageCount={listing.pageCount}
          onPage={goToPage}
          wholeReadAt={props.wholeReadAt}
          wholePolling={props.wholePolling}
          unread={progress?.unread ?? 0}
          unsettled={progress?.unsettled ?? false}
        />
      ) : null}
    </Stack>
  );
}
