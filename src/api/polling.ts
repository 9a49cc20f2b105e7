// How often the dashboard asks coderd, how long it waits, and when what it shows counts as stale: every
// cadence, deadline, chunk size and stale rule, each with its reason. The hooks only read this file,
// and README's polling table mirrors it. (Retries and their back-off: transport/retry.ts.)
import type { Workspace } from "../coderd/schemas";
import { agentStatus, appHealth, isWorkspaceInProgress } from "../domain/status";
import type { Fleet, SyncOptions } from "./list/fleetSync";
import { FIRST_PAGE } from "./list/listRequest";

// ---- Cadences ----

/** While a build shown is in progress: its state changes every few seconds. */
export const ACTIVE_REFETCH_MS = 5_000;
/** Otherwise: someone else may start, stop or break a workspace at any time. */
export const IDLE_REFETCH_MS = 30_000;
/** A detail page whose build, agent or app is settling: the user is watching that one workspace. */
export const DETAIL_ACTIVE_REFETCH_MS = 3_000;

/** A fleet read whole polls fast while any workspace in it is changing, slowly otherwise. */
export function listRefetchInterval(data: { workspaces: Workspace[] } | undefined): number {
  return data?.workspaces.some(isWorkspaceInProgress) ? ACTIVE_REFETCH_MS : IDLE_REFETCH_MS;
}

/** One screen first, then chunks of a thousand (about 1.4 MB of JSON each at coderd's row size). */
export const FLEET_SYNC: SyncOptions = {
  firstPage: FIRST_PAGE.limit,
  chunk: 1000,
  overlap: 25,
  maxPasses: 3,
};

/**
 * Bigger fleets are read whole now and then and refreshed in parts (by id) in between. A server that
 * doesn't page sent the whole fleet to the first request: it is polled whole (see fleetRefetchInterval),
 * and so is a fleet whose server refused the `id:` refreshes (`idTermRefused`).
 */
export function syncsInParts(fleet: Fleet | undefined, idTermRefused = false): fleet is Fleet {
  return (
    fleet !== undefined &&
    !idTermRefused &&
    fleet.paged &&
    fleet.complete &&
    fleet.count > FLEET_SYNC.firstPage
  );
}

/**
 * Why a fleet bigger than a page is polled whole, slowly: its server ignores `limit` (every read is
 * the whole fleet), or it refused the `id:` term the refreshes in parts use. Undefined otherwise.
 */
export type WholePolling = "no-paging" | "no-id-term";

export function pollsBigFleetWhole(
  fleet: Fleet | undefined,
  idTermRefused = false,
): WholePolling | undefined {
  if (!fleet?.complete || fleet.count <= FLEET_SYNC.firstPage) return undefined;
  if (!fleet.paged) return "no-paging";
  return idTermRefused ? "no-id-term" : undefined;
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
 * The whole-fleet query's cadence; a fleet that never settled while paging is read again soon. A fleet
 * bigger than a page that can only be read whole (see WholePolling) is read as seldom as a paged
 * fleet's whole read: polled like a small fleet, a server that ignores `limit` at 7,000 workspaces
 * would send some 265 MB a minute (31 MB every 7 s); at this cadence it is 0.7 MB.
 */
export function fleetRefetchInterval(
  fleet: Fleet | undefined,
  idTermRefused = false,
): number | false {
  if (!fleet) return false;
  if (pollsBigFleetWhole(fleet, idTermRefused)) return fleetSyncInterval(fleet.count);
  if (!syncsInParts(fleet, idTermRefused)) return listRefetchInterval(fleet);
  return fleet.unsettled ? 2 * IDLE_REFETCH_MS : fleetSyncInterval(fleet.count);
}

/** Data younger than this is not asked again when the window regains focus or a view remounts. */
export const FRESH_FOR_MS = 2_000;

/**
 * How long a fleet read stays fresh for focus and remount refetches. A fleet read whole on a
 * schedule (in parts, or whole as seldom as that) stays fresh until its next read: a focus must not
 * fetch 22 MB at 5,000 workspaces; the by-id and count queries refresh what is on screen instead.
 */
export function fleetStaleTime(fleet: Fleet | undefined, idTermRefused = false): number {
  if (!fleet || !(syncsInParts(fleet, idTermRefused) || pollsBigFleetWhole(fleet, idTermRefused))) {
    return FRESH_FOR_MS;
  }
  const every = fleetRefetchInterval(fleet, idTermRefused);
  return every === false ? FRESH_FOR_MS : every;
}

/** In parts: the rows on screen are asked again by id at the idle cadence. */
export const SHOWN_ROWS_REFETCH_MS = IDLE_REFETCH_MS;
/** In parts: builds in progress on screen, by id, at the active cadence. */
export const IN_PROGRESS_SHOWN_REFETCH_MS = ACTIVE_REFETCH_MS;
/** In parts: coderd's count, whose change means workspaces came or went. */
export const COUNT_REFETCH_MS = IDLE_REFETCH_MS;

/**
 * Builds in progress that are not on screen are asked every 5 s when they are few, and half a second
 * more for each one beyond ten (50 in progress: every 25 s; at most every minute), so their cost
 * stays near 0.5 MB a minute however many there are.
 */
export function inProgressElsewhereInterval(asked: number): number {
  return Math.min(Math.max(ACTIVE_REFETCH_MS, asked * 500), 60_000);
}

/**
 * A count that moved re-reads the whole fleet, but not sooner than a fifth of its own cadence after
 * the last whole read: a fleet where workspaces come and go all day isn't read whole every 30 s.
 */
export function countChangeRereads(fleetCount: number, sinceWholeReadMs: number): boolean {
  return sinceWholeReadMs >= fleetSyncInterval(fleetCount) / 5;
}

/**
 * The cadence of what is on screen, which the freshness line reports: in parts, 5 s while builds in
 * progress are on screen (they are asked that often), else 30 s; whole, the whole fleet's cadence.
 */
export function shownRefetchInterval(
  fleet: Fleet | undefined,
  inParts: boolean,
  inProgressShown: boolean,
  idTermRefused = false,
): number | false {
  if (!inParts) return fleetRefetchInterval(fleet, idTermRefused);
  return inProgressShown ? IN_PROGRESS_SHOWN_REFETCH_MS : SHOWN_ROWS_REFETCH_MS;
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

// ---- Away ----
// React Query pauses polling while the tab is hidden, and a sleeping machine runs no timer at all:
// either way what is on screen can be hours old when the user looks again. Then everything is asked
// again at once (api/wake.ts), and the freshness line says how long the page was away until it is.

/** A tab hidden this long refreshes everything on its return, and says so. */
export const AWAY_REFRESH_AFTER_MS = 5 * 60_000;
/** How often the clock is checked for a jump (the timer's own lateness is what tells of a sleep). */
export const WAKE_CHECK_MS = 10_000;
/**
 * A check this much later than scheduled in a visible tab means the machine slept: a busy page
 * delays a timer by a second or two, never by a minute.
 */
export const SLEEP_GAP_MS = 60_000;

/**
 * The overview's day trend takes a sample of the whole fleet's counts at most this often: a day of
 * samples a minute apart is some 1,440 rows of numbers in localStorage, and a build takes minutes.
 */
export const TREND_SAMPLE_MS = 60_000;

// ---- Deadlines ----
// Every request has one: a hung request would keep its query "fetching" for good, and TanStack Query
// sends no further poll while one is in flight (transport/requestDeadline.ts).

/** A request whose caller set none; also the detail's, whose answer is one workspace: small. */
export const DEFAULT_DEADLINE_MS = 15_000;
export const DETAIL_DEADLINE_MS = DEFAULT_DEADLINE_MS;
const LIST_DEADLINE_MS = 20_000;
const LIST_DEADLINE_MAX_MS = 60_000;

/**
 * The list's deadline grows with the rows expected: a 5,000-workspace answer is ~13 MB of JSON, which
 * a slow link needs a while to bring.
 */
export function listDeadlineMs(expectedRows: number | undefined): number {
  const extra = Math.ceil(Math.max(0, expectedRows ?? 0) / 1000) * 4_000;
  return Math.min(LIST_DEADLINE_MS + extra, LIST_DEADLINE_MAX_MS);
}

// ---- Stale ----

/** Data on screen older than this many polling intervals gets a visible warning... */
export const STALE_AFTER_INTERVALS = 2;
/**
 * ...and never sooner than one interval plus this: an answer takes a moment to come, and at the 5 s
 * cadence of builds in progress two intervals would flag every slow answer. So those are flagged once
 * they are 15 s old, and the rows on screen at the idle cadence after 60 s.
 */
const STALE_GRACE_MS = 10_000;

export function staleAfterMs(intervalMs: number | false): number {
  const interval = intervalMs === false ? IDLE_REFETCH_MS : intervalMs;
  return Math.max(STALE_AFTER_INTERVALS * interval, interval + STALE_GRACE_MS);
}

export function isStale(ageMs: number, intervalMs: number | false): boolean {
  return ageMs > staleAfterMs(intervalMs);
}

/** What a page knows about how fresh its data is: a few fields of its queries, and their cadence. */
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
  /** Which refresh failed, when the page has several ("the refresh of the rows on screen"). */
  failingPart?: string | undefined;
  intervalMs: number | false;
  /** The rows whose need sets `intervalMs` (builds in progress on screen), named in the warning. */
  watching?: readonly string[] | undefined;
}
