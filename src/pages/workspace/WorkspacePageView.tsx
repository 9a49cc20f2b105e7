import ArrowBackOutlined from "@mui/icons-material/ArrowBackOutlined";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useCallback, useDeferredValue, useEffect, useMemo } from "react";
import { Link as RouterLink, useLocation } from "react-router";
import { BuildSection } from "./BuildSection";
import { ResourcesSection } from "./ResourcesSection";
import { isApiError } from "../../api/transport/client";
import type { Workspace } from "../../coderd/schemas";
import { ErrorState, errorText } from "../../components/ErrorState";
import { FreshnessLine, FreshnessWarning } from "../../components/Freshness";
import type { Freshness } from "../../api/polling";
import { ProgressBar } from "../../components/ProgressBar";
import { DetailSkeleton } from "./DetailSkeleton";
import { NoticeRow } from "./NoticeRow";
import { WorkspaceHeader } from "./WorkspaceHeader";
import { fragmentId } from "../../domain/url";
import { AppLinkContext } from "./appLinks";
import { coderLinkBase } from "../../components/coderLinkBase";
import { appLink } from "../../domain/coderLinks";
import type { WorkspaceAgent, WorkspaceApp, WorkspaceResource } from "../../coderd/schemas";

const NO_RESOURCES: WorkspaceResource[] = [];

export interface WorkspacePageViewProps {
  id: string;
  workspace: Workspace | undefined;
  error: unknown;
  isFetching: boolean;
  /** What is shown came from a cached list; the full answer is on its way. */
  isPlaceholderData: boolean;
  /** How old the workspace on screen is, and why, for the freshness line and its warning. */
  freshness: Freshness;
  includeDeleted: boolean;
  onRetry: () => void;
  onIncludeDeleted: () => void;
}

function BackLink() {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <Link
      component={RouterLink}
      to={from ?? "/workspaces"}
      sx={{ display: "inline-flex", alignItems: "center", gap: 0.5, alignSelf: "flex-start" }}
    >
      <ArrowBackOutlined fontSize="small" aria-hidden /> All workspaces
    </Link>
  );
}

function FailedToLoad({
  error,
  onRetry,
  retrying,
  onIncludeDeleted,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  onIncludeDeleted: () => void;
}) {
  const status = isApiError(error) ? error.status : 0;
  if (status === 404) {
    return (
      <Alert severity="info">
        <AlertTitle>Workspace not found, or you have no access to it</AlertTitle>
        coderd answers the same for both, so it can&apos;t tell which. Check the link, or ask the
        owner to share it.
      </Alert>
    );
  }
  if (status === 410) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={onIncludeDeleted}>
            Show it anyway
          </Button>
        }
      >
        <AlertTitle>This workspace was deleted</AlertTitle>
        Its last record can still be opened, read-only.
      </Alert>
    );
  }
  if (status === 400) {
    return (
      <Alert severity="error">
        <AlertTitle>That is not a valid workspace ID</AlertTitle>
        {errorText(error)} Workspace IDs are UUIDs, such as{" "}
        <code>7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21</code>.
      </Alert>
    );
  }
  return (
    <ErrorState
      title="Couldn't load this workspace"
      error={error}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}

export function WorkspacePageView(props: WorkspacePageViewProps) {
  const { workspace, error } = props;
  const location = useLocation();
  const highlighted = fragmentId(location.hash);
  const hasData = workspace !== undefined;
  const base = useMemo(() => coderLinkBase(), []);
  const linkOf = useCallback(
    (agent: WorkspaceAgent, app: WorkspaceApp) => appLink(workspace ?? {}, agent, app, base),
    [workspace, base],
  );

  // Agents' cards are most of the page's render (a workspace may have thousands): the header and
  // build paint at once, the resources in a render that yields to input.
  const later = useDeferredValue(props.isPlaceholderData ? undefined : workspace);
  // An anchor in the resources exists once they have rendered: look for it again then.
  const resourcesShown = later !== undefined;

  // Content arrives after navigation, so the browser's own jump to #anchor has nothing to find.
  useEffect(() => {
    if (!hasData || !highlighted) return;
    const el = document.getElementById(highlighted);
    if (!el) return;
    // jsdom has no scrollIntoView.
    (el as Partial<HTMLElement>).scrollIntoView?.({ block: "start" });
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
  }, [hasData, highlighted, resourcesShown]);

  if (!workspace) {
    return (
      <Stack spacing={2}>
        <BackLink />
        <FreshnessWarning freshness={props.freshness} what="this workspace" />
        {error ? (
          <FailedToLoad
            error={error}
            onRetry={props.onRetry}
            retrying={props.isFetching}
            onIncludeDeleted={props.onIncludeDeleted}
          />
        ) : (
          <DetailSkeleton />
        )}
      </Stack>
    );
  }

  const build = workspace.latest_build;
  const deleted = build?.status === "deleted";
  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        sx={{ justifyContent: "space-between", alignItems: "baseline", flexWrap: "wrap", gap: 1 }}
      >
        <BackLink />
        {props.isPlaceholderData ? (
          <Typography variant="body2" color="text.secondary">
            Loading full details…
          </Typography>
        ) : (
          <FreshnessLine freshness={props.freshness} />
        )}
      </Stack>
      {props.isPlaceholderData ? <ProgressBar label="Loading full details" /> : null}
      {deleted ? (
        <Alert severity="warning" role="status">
          <AlertTitle>Deleted workspace</AlertTitle>
          This workspace was deleted. You are viewing its last record
          {props.includeDeleted ? " (include_deleted=true)" : ""}.
        </Alert>
      ) : null}
      <FreshnessWarning freshness={props.freshness} what="this workspace" />
      <WorkspaceHeader workspace={workspace} base={deleted ? undefined : base} />
      <NoticeRow workspace={workspace} />
      <BuildSection build={build} />
      <AppLinkContext value={deleted ? undefined : linkOf}>
        <ResourcesSection
          resources={later ? (later.latest_build?.resources ?? NO_RESOURCES) : undefined}
          workspaceStatus={later?.latest_build?.status}
          jobStatus={later?.latest_build?.job?.status}
          highlighted={highlighted}
        />
      </AppLinkContext>
    </Stack>
  );
}
