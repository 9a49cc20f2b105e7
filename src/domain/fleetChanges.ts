// What changed in the fleet between two looks at it: per workspace, from a compact snapshot of the
// few fields that say so (name, owner, status, Unhealthy, stuck). Both steps are one pass over the
// fleet, so a look at 5,000 workspaces costs a few milliseconds.
import type { Workspace } from "../coderd/schemas";
import { readHealth } from "./health";
import { mayBeStuck, stuckStages } from "./stuck";
import { parseTime } from "./time";
import { stateSince } from "./timeInState";
import { CHANGE_KINDS, type ChangeKind, type FleetChange } from "./changeKinds";

const UNHEALTHY = 1;
const STUCK = 2;

/** One workspace as last seen: [name, owner, status, flags (1 Unhealthy, 2 stuck)]. */
export type SnapshotRow = readonly [name: string, owner: string, status: string, flags: number];

export interface FleetSnapshot {
  /** When it was taken (epoch ms, browser clock). */
  at: number;
  rows: ReadonlyMap<string, SnapshotRow>;
}

// Rows that can't change with the clock, by the workspace object: the list keeps the objects of rows
// that didn't change from one refresh to the next, so a look after the first reads only what moved.
const settledRows = new WeakMap<Workspace, SnapshotRow>();

/** One workspace's row in a snapshot, read as the dashboard reads it at `now` (server clock). */
export function snapshotRow(w: Workspace, now: number): SnapshotRow {
  const settled = settledRows.get(w);
  if (settled) return settled;
  const timed = mayBeStuck(w);
  const flags =
    (readHealth(w).healthy === false ? UNHEALTHY : 0) |
    (timed && stuckStages(w, now).length > 0 ? STUCK : 0);
  const row: SnapshotRow = [w.name ?? "", w.owner_name ?? "", w.latest_build?.status ?? "", flags];
  if (!timed) settledRows.set(w, row);
  return row;
}

/** The fleet's snapshot: rows without an id can't be followed from one look to the next. */
export function takeSnapshot(workspaces: readonly Workspace[], now: number, at: number) {
  const rows = new Map<string, SnapshotRow>();
  for (const w of workspaces) if (w.id) rows.set(w.id, snapshotRow(w, now));
  return { at, rows } satisfies FleetSnapshot;
}

const problem = (r: SnapshotRow) => r[2] === "failed" || (r[3] & (UNHEALTHY | STUCK)) !== 0;

function kindsBetween(before: SnapshotRow | undefined, now: SnapshotRow): ChangeKind[] {
  const [, , status, flags] = now;
  const was = before?.[2];
  const wasFlags = before?.[3] ?? 0;
  const kinds: ChangeKind[] = [];
  if (!before) kinds.push("created");
  if (status === "deleted" && was !== "deleted") kinds.push("deleted");
  if (status === "failed" && was !== "failed") kinds.push("failed");
  if (flags & UNHEALTHY && !(wasFlags & UNHEALTHY)) kinds.push("unhealthy");
  if (flags & STUCK && !(wasFlags & STUCK)) kinds.push("stuck");
  if (before && problem(before) && !problem(now) && status !== "deleted") kinds.push("recovered");
  if (before && status === "running" && was !== "running") kinds.push("started");
  if (before && status === "stopped" && was !== "stopped") kinds.push("stopped");
  return kinds;
}

/** When a change of this kind happened, by the workspace's own timestamps, within (after, seenAt]. */
function changeTime(
  kind: ChangeKind,
  w: Workspace | undefined,
  after: number,
  seenAt: number,
): number {
  let t: number | undefined;
  if (kind === "created") t = parseTime(w?.created_at)?.getTime();
  else if (w && kind !== "unhealthy" && kind !== "stuck") t = stateSince(w)?.getTime();
  return t !== undefined && t > after && t <= seenAt ? t : seenAt;
}

/** The fleet by id, for fleetChanges to read the times of the rows that changed. */
export function indexById(workspaces: readonly Workspace[]): Map<string, Workspace> {
  const byId = new Map<string, Workspace>();
  for (const w of workspaces) if (w.id) byId.set(w.id, w);
  return byId;
}

/**
 * The changes from `before` to the fleet now (`current`, its snapshot; `byId`, its workspaces),
 * oldest kind first per workspace. `current` must be the whole fleet: a workspace missing from it is reported deleted.
 */
export function fleetChanges(
  before: FleetSnapshot,
  current: FleetSnapshot,
  byId: ReadonlyMap<string, Workspace>,
): FleetChange[] {
  const out: FleetChange[] = [];
  for (const [id, row] of current.rows) {
    const kinds = kindsBetween(before.rows.get(id), row);
    for (const kind of kinds) {
      out.push({
        id,
        kind,
        name: row[0],
        owner: row[1],
        at: changeTime(kind, byId.get(id), before.at, current.at),
      });
    }
  }
  for (const [id, row] of before.rows) {
    if (!current.rows.has(id) && row[2] !== "deleted") {
      out.push({ id, kind: "deleted", name: row[0], owner: row[1], at: current.at });
    }
  }
  return out;
}

/** The kinds of change per workspace, in CHANGE_KINDS order, one array per id (stable for memo). */
export function changesById(changes: readonly FleetChange[]): Map<string, ChangeKind[]> {
  const out = new Map<string, ChangeKind[]>();
  for (const c of changes) {
    const kinds = out.get(c.id);
    if (kinds) kinds.push(c.kind);
    else out.set(c.id, [c.kind]);
  }
  for (const kinds of out.values()) {
    kinds.sort((a, b) => CHANGE_KINDS.indexOf(a) - CHANGE_KINDS.indexOf(b));
  }
  return out;
}
