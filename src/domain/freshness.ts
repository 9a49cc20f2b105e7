import type { Workspace, WorkspacesResponse } from "../api/types";
import { agentStatus, appHealth, jobStatus, workspaceStatus } from "./status";

export const ACTIVE_REFETCH_MS = 5_000;
export const IDLE_REFETCH_MS = 30_000;
export const DETAIL_ACTIVE_REFETCH_MS = 3_000;

export function isWorkspaceInProgress(w: Workspace): boolean {
  const build = w.latest_build;
  return workspaceStatus(build?.status).inProgress || jobStatus(build?.job?.status).inProgress;
}

/** The list polls fast while any workspace shown is changing, slowly otherwise. */
export function listRefetchInterval(data: WorkspacesResponse | undefined): number {
  return data?.workspaces.some(isWorkspaceInProgress) ? ACTIVE_REFETCH_MS : IDLE_REFETCH_MS;
}

/** A detail polls while its build, an agent or an app is still settling, and stops once settled. */
export function detailRefetchInterval(w: Workspace | undefined): number | false {
  if (!w) return false;
  if (isWorkspaceInProgress(w)) return DETAIL_ACTIVE_REFETCH_MS;
  const agents = (w.latest_build?.resources ?? []).flatMap((r) => r.agents ?? []);
  const settling = agents.some(
    (a) =>
      agentStatus(a.status).inProgress ||
      (a.apps ?? []).some((app) => appHealth(app.health).inProgress),
  );
  return settling ? DETAIL_ACTIVE_REFETCH_MS : false;
}
