// The stored form of what the user last saw and of the changes seen since: compact JSON, read back
// warily (storage is another program's to edit, or half-written), capped so it never fills the quota.
import { isChangeKind, type FleetChange } from "./changeKinds";
import type { FleetSnapshot, SnapshotRow } from "./fleetChanges";

const VERSION = 1;
/** Past this many workspaces the snapshot isn't kept (about 1 MB of JSON); detection still runs. */
export const MAX_SNAPSHOT_ROWS = 10_000;
/** The change log keeps a day, as the overview's trend does, and at most this many changes. */
export const MAX_LOG_ENTRIES = 2_000;
export const LOG_KEEP_MS = 24 * 60 * 60_000;
/** Server strings are cut to this in storage: names and owners are short in coderd. */
const MAX_TEXT = 128;

const text = (v: unknown) => (typeof v === "string" ? v.slice(0, MAX_TEXT) : undefined);
const time = (v: unknown) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.floor(v) : undefined;

function parseJson(raw: string | null): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function serializeSnapshot(s: FleetSnapshot): string | undefined {
  if (s.rows.size > MAX_SNAPSHOT_ROWS) return undefined;
  const rows: Record<string, SnapshotRow> = {};
  for (const [id, [name, owner, status, flags]] of s.rows) {
    rows[id] = [name.slice(0, MAX_TEXT), owner.slice(0, MAX_TEXT), status.slice(0, 32), flags];
  }
  return JSON.stringify({ v: VERSION, at: s.at, rows });
}

/** The stored snapshot, or undefined when there is none or it can't be trusted as a whole. */
export function parseSnapshot(raw: string | null): FleetSnapshot | undefined {
  const data = parseJson(raw);
  if (!isRecord(data) || data.v !== VERSION || !isRecord(data.rows)) return undefined;
  const at = time(data.at);
  if (at === undefined) return undefined;
  const rows = new Map<string, SnapshotRow>();
  for (const [id, row] of Object.entries(data.rows)) {
    if (!Array.isArray(row) || rows.size >= MAX_SNAPSHOT_ROWS) continue;
    const [name, owner, status, flags] = row as unknown[];
    const n = text(name);
    const o = text(owner);
    const s = text(status);
    if (n === undefined || o === undefined || s === undefined) continue;
    rows.set(id, [n, o, s, typeof flags === "number" && Number.isInteger(flags) ? flags & 3 : 0]);
  }
  return { at, rows };
}

/** The log without what is older than a day or beyond its cap, the newest kept. */
export function pruneLog(log: readonly FleetChange[], now: number): FleetChange[] {
  const kept = log.filter((c) => c.at > now - LOG_KEEP_MS);
  return kept.length > MAX_LOG_ENTRIES ? kept.slice(kept.length - MAX_LOG_ENTRIES) : kept;
}

export function serializeLog(log: readonly FleetChange[]): string {
  return JSON.stringify({
    v: VERSION,
    log: log.map((c) => [
      c.id,
      c.kind,
      c.name.slice(0, MAX_TEXT),
      c.owner.slice(0, MAX_TEXT),
      c.at,
    ]),
  });
}

/** The stored log, its unreadable entries dropped, oldest first. */
export function parseLog(raw: string | null): FleetChange[] {
  const data = parseJson(raw);
  if (!isRecord(data) || data.v !== VERSION || !Array.isArray(data.log)) return [];
  const out: FleetChange[] = [];
  for (const entry of data.log.slice(-MAX_LOG_ENTRIES) as unknown[]) {
    if (!Array.isArray(entry)) continue;
    const [id, kind, name, owner, at] = entry as unknown[];
    const t = time(at);
    const n = text(name);
    const o = text(owner);
    if (typeof id !== "string" || !isChangeKind(kind) || t === undefined) continue;
    if (n === undefined || o === undefined) continue;
    out.push({ id, kind, name: n, owner: o, at: t });
  }
  return out.sort((a, b) => a.at - b.at);
}
