import type { Workspace } from "../coderd/schemas";
import { formatDuration } from "../domain/time";
import { agentStatus, appHealth, jobStatus, workspaceStatus } from "../domain/status";

export const ACTIVE_REFETCH_MS = 5_000;
export const IDLE_REFETCH_MS = 30_000;
export const DETAIL_ACTIVE_REFETCH_MS = 3_000;

export function isWorkspaceInProgress(w: Workspace): boolean {
  const build = w.latest_build;
  return workspaceStatus(build?.status).inProgress || jobStatus(build?.job?.status).inProgress;
}

/** The list polls fast while any workspace shown is changing, slowly otherwise. */
export function listRefetchInterval(data: { workspaces: Workspace[] } | undefined): number {
  return data?.workspaces.some(isWorkspaceInProgress) ? ACTIVE_REFETCH_MS : IDLE_REFETCH_MS;
}

/**
 * How often a fleet synced in parts is read whole again: slower as it grows (coderd sends about
 * 4.5 KB a workspace, so a pass at 5,000 is some 22 MB of JSON), since the rows on screen and those
 * in progress are refreshed by id meanwhile and coderd's count tells when workspaces come or go.
 * 400 ms a workspace keeps the whole-fleet reads near 0.7 MB a minute (5,000: every 33 min).
 */
export function fleetSyncInterval(count: number): number {
  return Math.min(Math.max(count * 400, 2 * IDLE_REFETCH_MS), 60 * 60_000);
}

/**
 * Builds in progress that are not on screen are asked every 5 s when they are few, and half a second
 * more for each one beyond ten (50 in progress: every 25 s; at most every minute), so their cost
 * stays near 0.5 MB a minute however many there are.
 */
export function inProgressElsewhereInterval(asked: number): number {
  return Math.min(Math.max(ACTIVE_REFETCH_MS, asked * 500), 60_000);
}

/**
 * A detail polls fast while its build, an agent or an app is still settling, then at the idle cadence
 * (someone else may start or stop it); React Query pauses both while the tab is hidden.
 */
export function detailRefetchInterval(w: Workspace | undefined): number | false {
  if (!w) return false;
  if (isWorkspaceInProgress(w)) return DETAIL_ACTIVE_REFETCH_MS;
  const agents = (w.latest_build?.resources ?? []).flatMap((r) => r.agents ?? []);
  const settling = agents.some(
    (a) =>
      agentStatus(a.status).inProgress ||
      (a.apps ?? []).some((app) => appHealth(app.health).inProgress),
  );
  return settling ? DETAIL_ACTIVE_REFETCH_MS : IDLE_REFETCH_MS;
}

/** A detail answer is one workspace: small. */
export const DETAIL_DEADLINE_MS = 15_000;
const LIST_DEADLINE_MS = 20_000;
const LIST_DEADLINE_MAX_MS = 60_000;

/**
 * The list's deadline grows with the size expected, from the previous answer: a 5,000-workspace
 * answer is ~13 MB of JSON, which a slow link needs a while to bring.
 */
export function listDeadlineMs(previousCount: number | undefined): number {
  const extra = Math.ceil(Math.max(0, previousCount ?? 0) / 1000) * 4_000;
  return Math.min(LIST_DEADLINE_MS + extra, LIST_DEADLINE_MAX_MS);
}

/** Data on screen older than this many polling intervals gets a visible warning. */
export const STALE_AFTER_INTERVALS = 2;

export function isStale(ageMs: number, intervalMs: number | false): boolean {
  return ageMs > STALE_AFTER_INTERVALS * (intervalMs === false ? IDLE_REFETCH_MS : intervalMs);
}

/** "just now", "12 s ago", "3 min ago": how old the data on screen is. */
export function formatAge(ageMs: number): string {
  return ageMs < 5_000 ? "just now" : `${formatDuration(ageMs)} ago`;
}

/** What a page knows about how fresh its data is: a few fields of its query, and its polling interval. */
export interface Freshness {
  /** When the data on screen arrived (epoch ms); 0 when none has, or it belongs to another filter. */
  updatedAt: number;
  hasData: boolean;
  isFetching: boolean;
  /** Failures of the fetch under way (retries so far), and the latest one's error. */
  failureCount: number;
  failureReason: unknown;
  /** Set once a fetch has failed for good (its retries used up). */
  error: unknown;
  intervalMs: number | false;
}
