import { useCallback } from "react";
import { useParams } from "react-router";
import { WorkspacePageView } from "./WorkspacePageView";
import { useWorkspace } from "../../api/useWorkspace";
import { freshnessOf } from "../../components/Freshness";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useUrlState } from "../../components/useUrlState";
import { detailRefetchInterval } from "../../api/polling";

/** Owns the route (id, include_deleted) and the detail query; the view only renders. */
export function WorkspacePage() {
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useUrlState();
  const includeDeleted = searchParams.get("include_deleted") === "true";
  const query = useWorkspace(id, includeDeleted);
  useDocumentTitle(
    query.data?.name ? `${query.data.owner_name ?? ""}/${query.data.name}` : "Workspace",
  );

  const onIncludeDeleted = useCallback(
    () =>
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        next.set("include_deleted", "true");
        return next;
      }),
    [setSearchParams],
  );

  return (
    <WorkspacePageView
      id={id}
      workspace={query.data}
      error={query.error}
      isFetching={query.isFetching}
      isPlaceholderData={query.isPlaceholderData}
      freshness={freshnessOf(query, detailRefetchInterval(query.data))}
      includeDeleted={includeDeleted}
      onRetry={() => void query.refetch()}
      onIncludeDeleted={onIncludeDeleted}
    />
  );
}
