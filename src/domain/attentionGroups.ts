// Needs attention at fleet size: every problem read once, counted per kind, and folded by cause
// (same kind, same template, same cause words), so 396 copies of one failed apply are one group of
// 396 rather than 396 cards.
import type { Workspace } from "../coderd/schemas";
import { POOR_LATENCY, type LatencyRange } from "./latency";
import { templateLabel } from "./listView";
import { DEFAULT_THRESHOLDS, timeInState, type Thresholds, type TimeInState } from "./timeInState";
import { PROBLEM_KINDS, problemsOf, type Problem, type ProblemKind, type Severity } from "./triage";

export interface GroupMember {
  workspace: Workspace;
  /** This group's problem on that workspace. */
  problem: Problem;
  time: TimeInState;
}

export interface AttentionGroup {
  /** Short and stable across polls: the attention view's `?group=` names an open group by it. */
  id: string;
  kind: ProblemKind;
  severity: Severity;
  template: string;
  cause: string;
  /** Worst first (longest stuck, soonest deleted…), then by name. */
  members: GroupMember[];
}

export interface AttentionIndex {
  /** Workspaces with a problem of each kind; equal to the members of that kind's groups. */
  counts: Record<ProblemKind, number>;
  /** Workspaces with at least one problem. */
  total: number;
  /** Every group, most severe kind first, then the biggest. */
  groups: AttentionGroup[];
}

const KIND_RANK = new Map<ProblemKind, number>(PROBLEM_KINDS.map((k, i) => [k, i]));

/** FNV-1a, base 36: a short id for a group's key, for the URL. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function attentionIndex(
  list: readonly Workspace[],
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  latency: LatencyRange = POOR_LATENCY,
): AttentionIndex {
  const counts = Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<
    ProblemKind,
    number
  >;
  const byKey = new Map<string, AttentionGroup>();
  let total = 0;
  for (const workspace of list) {
    const problems = problemsOf(workspace, now, thresholds, latency);
    if (problems.length === 0) continue;
    total += 1;
    const time = timeInState(workspace, now, thresholds);
    const template = templateLabel(workspace);
    for (const problem of problems) {
      counts[problem.kind] += 1;
      const key = `${problem.kind}\u0000${template}\u0000${problem.cause}`;
      let group = byKey.get(key);
      if (!group) {
        group = {
          id: shortHash(key),
          kind: problem.kind,
          severity: problem.severity,
          template,
          cause: problem.cause,
          members: [],
        };
        byKey.set(key, group);
      }
      // One kind's severity can vary (dormant: sooner is higher); the group takes its worst.
      if (severityRank(problem.severity) < severityRank(group.severity)) {
        group.severity = problem.severity;
      }
      group.members.push({ workspace, problem, time });
    }
  }
  const groups = [...byKey.values()];
  for (const g of groups) {
    g.members.sort(
      (a, b) =>
        b.problem.weight - a.problem.weight ||
        (a.workspace.name ?? "").localeCompare(b.workspace.name ?? ""),
    );
  }
  groups.sort(
    (a, b) =>
      (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
      b.members.length - a.members.length ||
      (b.members[0]?.problem.weight ?? 0) - (a.members[0]?.problem.weight ?? 0) ||
      a.template.localeCompare(b.template) ||
      a.cause.localeCompare(b.cause),
  );
  return { counts, total, groups };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const severityRank = (s: Severity) => SEVERITY_RANK[s];
