// The kinds of change since the user last looked, their words and counts: what the views need to
// mark a row, apart from the detection (fleetChanges.ts), which loads after the first rows.

export const CHANGE_KINDS = [
  "failed",
  "unhealthy",
  "stuck",
  "recovered",
  "started",
  "stopped",
  "created",
  "deleted",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds that are new problems: they count in the tab's title and may notify. */
export const PROBLEM_CHANGE_KINDS = ["failed", "unhealthy", "stuck"] as const;
export type ProblemChangeKind = (typeof PROBLEM_CHANGE_KINDS)[number];

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  failed: "Failed",
  unhealthy: "Unhealthy",
  stuck: "Stuck",
  recovered: "Recovered",
  started: "Started",
  stopped: "Stopped",
  created: "Created",
  deleted: "Deleted",
};

export const isChangeKind = (v: unknown): v is ChangeKind =>
  typeof v === "string" && (CHANGE_KINDS as readonly string[]).includes(v);

export const isProblemChange = (kind: ChangeKind): kind is ProblemChangeKind =>
  (PROBLEM_CHANGE_KINDS as readonly string[]).includes(kind);

export interface FleetChange {
  id: string;
  kind: ChangeKind;
  name: string;
  owner: string;
  /** When it happened as far as the workspace says (its build's times), else when it was seen. */
  at: number;
}

/** "New: failed, stopped": the marker a changed row carries, in words. */
export function changeMarkerText(kinds: readonly ChangeKind[]): string {
  return `New: ${kinds.map((k) => CHANGE_LABELS[k].toLowerCase()).join(", ")}`;
}

/** The workspaces with a new problem of a kind not muted: the number the tab's title carries. */
export function newProblemCount(
  changes: readonly FleetChange[],
  muted: ReadonlySet<ChangeKind> = new Set(),
): number {
  const ids = new Set<string>();
  for (const c of changes) if (isProblemChange(c.kind) && !muted.has(c.kind)) ids.add(c.id);
  return ids.size;
}

/** Counts per kind, for a summary line ("2 failed, 1 started"). */
export function countByKind(changes: readonly FleetChange[]): Map<ChangeKind, number> {
  const out = new Map<ChangeKind, number>();
  for (const kind of CHANGE_KINDS) {
    const n = changes.reduce((sum, c) => sum + (c.kind === kind ? 1 : 0), 0);
    if (n > 0) out.set(kind, n);
  }
  return out;
}
