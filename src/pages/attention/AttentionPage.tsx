import { useCallback, useMemo } from "react";
import { useLocation } from "react-router";
import { AttentionPageView } from "./AttentionPageView";
import { useWorkspaces } from "../../api/useWorkspaces";
import { useChangesSince } from "../changes/useChangesSince";
import { usePreloadDetailPage } from "../workspace/detailPage";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useUrlState } from "../../components/useUrlState";
import { latencyRangeFromSearchParams } from "../../domain/latency";
import { isProblemKind, type ProblemKind } from "../../domain/triage";
import {
  STUCK_STATES,
  thresholdParam,
  thresholdsFromSearchParams,
  writeThresholds,
  type Thresholds,
} from "../../domain/timeInState";

// The whole fleet: the unfiltered list query (shared with the list's cache).
const WHOLE_FLEET = "";

/** Owns the URL (`kind`, `stuck_*` thresholds) and the fleet query; the view only renders. */
export function AttentionPage() {
  const [searchParams, setSearchParams] = useUrlState();
  const location = useLocation();
  const kindParam = searchParams.get("kind");
  const kind: ProblemKind | undefined = isProblemKind(kindParam) ? kindParam : undefined;
  // Keyed by the thresholds' own params: a kind or group click must not recount the fleet.
  const thresholdSearch = STUCK_STATES.map(
    (s) => `${thresholdParam(s)}=${searchParams.get(thresholdParam(s)) ?? ""}`,
  ).join("&");
  const thresholds = useMemo(
    () => thresholdsFromSearchParams(new URLSearchParams(thresholdSearch)),
    [thresholdSearch],
  );
  const minMs = searchParams.get("min_ms");
  const maxMs = searchParams.get("max_ms");
  const latency = useMemo(
    () =>
      latencyRangeFromSearchParams(
        new URLSearchParams({
          ...(minMs ? { min_ms: minMs } : {}),
          ...(maxMs ? { max_ms: maxMs } : {}),
        }),
      ),
    [minMs, maxMs],
  );
  const openGroup = searchParams.get("group") ?? undefined;
  const query = useWorkspaces(WHOLE_FLEET, true);
  useDocumentTitle("Needs attention");
  const changes = useChangesSince();

  usePreloadDetailPage(query.fleet !== undefined);

  const onThresholds = useCallback(
    (next: Partial<Thresholds>) => setSearchParams((prev) => writeThresholds(prev, next)),
    [setSearchParams],
  );

  const onOpenGroup = useCallback(
    (id: string | undefined) =>
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set("group", id);
        else next.delete("group");
        return next;
      }),
    [setSearchParams],
  );

  return (
    <AttentionPageView
      workspaces={query.fleet?.workspaces}
      progress={query.fleet}
      error={query.error}
      isFetching={query.isFetching}
      onRetry={() => void query.refetch()}
      kind={kind}
      thresholds={thresholds}
      latency={latency}
      openGroup={openGroup}
      onOpenGroup={onOpenGroup}
      search={location.search}
      from={location.pathname + location.search}
      onThresholds={onThresholds}
      freshness={query.freshness}
      changes={changes}
    />
  );
}
