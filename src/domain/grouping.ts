// Owner and template rollups: each group's counts by status and by kind of problem, so a template
// owner reads "my-template: 12 failed starts" without scrolling rows.
import type { Workspace } from "../coderd/schemas";
import type { GroupBy } from "./listView";
import { templateLabel } from "./listView";
import { PROBLEM_KINDS, problemsOf, type ProblemKind } from "./triage";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./timeInState";

export interface Group {
  /** The value a q term filters on: username or template name. */
  key: string;
  label: string;
  total: number;
  byStatus: { status: string; count: number }[];
  problems: Record<ProblemKind, number>;
  /** Failed builds by transition: { start: 12, stop: 1 }. */
  failedBy: Record<string, number>;
  problemTotal: number;
}

function groupKey(w: Workspace, by: GroupBy): { key: string; label: string } {
  if (by === "owner") {
    const key = w.owner_name ?? "";
    return { key, label: key || "Unknown owner" };
  }
  return { key: w.template_name ?? "", label: templateLabel(w) };
}

/** Groups with the most problems first, then the largest, then by name. */
export function groupWorkspaces(
  list: Workspace[],
  by: GroupBy,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Group[] {
  const groups = new Map<string, Group & { statuses: Map<string, number> }>();
  for (const w of list) {
    const { key, label } = groupKey(w, by);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        label,
        total: 0,
        byStatus: [],
        statuses: new Map(),
        problems: Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<
          ProblemKind,
          number
        >,
        failedBy: {},
        problemTotal: 0,
      };
      groups.set(key, g);
    }
    g.total += 1;
    const status = w.latest_build?.status ?? "unknown";
    g.statuses.set(status, (g.statuses.get(status) ?? 0) + 1);
    const kinds = new Set(problemsOf(w, now, thresholds).map((p) => p.kind));
    for (const kind of kinds) g.problems[kind] += 1;
    if (kinds.size > 0) g.problemTotal += 1;
    if (status === "failed") {
      const transition = w.latest_build?.transition || "build";
      g.failedBy[transition] = (g.failedBy[transition] ?? 0) + 1;
    }
  }
  return [...groups.values()]
    .map(({ statuses, ...g }) => ({
      ...g,
      byStatus: [...statuses]
        .map(([status, count]) => ({ status, count }))
        .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
    }))
    .sort(
      (a, b) =>
        b.problemTotal - a.problemTotal || b.total - a.total || a.label.localeCompare(b.label),
    );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 failed starts, 2 stuck, 1 dormant", or "No problems". */
export function groupProblemWords(g: Group): string {
  const parts: string[] = [];
  for (const [transition, n] of Object.entries(g.failedBy).sort((a, b) => b[1] - a[1])) {
    parts.push(plural(n, `failed ${transition}`));
  }
  const p = g.problems;
  if (p.stuck) parts.push(`${p.stuck} stuck`);
  if (p.unhealthy) parts.push(`${p.unhealthy} unhealthy`);
  if (p.apps) parts.push(plural(p.apps, "failing app check"));
  if (p.dormant) parts.push(`${p.dormant} dormant`);
  if (p.outdated) parts.push(plural(p.outdated, "must update", "must update"));
  if (p.latency) parts.push(plural(p.latency, "poor connection"));
  return parts.join(", ") || "No problems";
}
