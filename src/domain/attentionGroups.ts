// Needs attention at fleet size: every problem read once, counted per kind, and folded by cause
// (same kind, same template, same cause words), so 396 copies of one failed apply are one group of
// 396 rather than 396 cards.
import type { Workspace } from "../coderd/schemas";
import { POOR_LATENCY, type LatencyRange } from "./latency";
import { problemReader } from "./problemMemo";
import { buildAtOnce, slicedRows, type SlicedBuild } from "./slicedBuild";
import { DEFAULT_THRESHOLDS, type Thresholds, type TimeInState } from "./timeInState";
import { PROBLEM_KINDS, type Problem, type ProblemKind, type Severity } from "./triage";

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
  /** In the fleet's order; membersInOrder gives them worst first. */
  members: GroupMember[];
  /** The worst member's weight (see Problem.weight). */
  worst: number;
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

const NAMES = new Intl.Collator();

/**
 * The attention index of `list`, built a slice at a time: a caller on the page's main thread reads
 * a fleet of 50,000 in slices that each leave the page free to paint and answer clicks.
 */
export function buildAttentionIndex(
  list: readonly Workspace[],
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  latency: LatencyRange = POOR_LATENCY,
): SlicedBuild<AttentionIndex> {
  const read = problemReader(now, thresholds, latency);
  const counts = Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<
    ProblemKind,
    number
  >;
  const byKey = new Map<string, AttentionGroup>();
  let total = 0;

  const add = (workspace: Workspace) => {
    const { problems, time, template } = read(workspace);
    if (problems.length === 0) return;
    total += 1;
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
          worst: problem.weight,
        };
        byKey.set(key, group);
      }
      // One kind's severity can vary (dormant: sooner is higher); the group takes its worst.
      if (severityRank(problem.severity) < severityRank(group.severity)) {
        group.severity = problem.severity;
      }
      group.members.push({ workspace, problem, time });
      if (problem.weight > group.worst) group.worst = problem.weight;
    }
  };

  // Members are put in order only when a group is opened (membersInOrder): sorting every group's
  // members at every chunk was the one step of a build that could not be sliced.
  const finish = (): AttentionIndex => {
    const groups = [...byKey.values()].sort(
      (a, b) =>
        (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0) ||
        b.members.length - a.members.length ||
        b.worst - a.worst ||
        NAMES.compare(a.template, b.template) ||
        NAMES.compare(a.cause, b.cause),
    );
    return { counts, total, groups };
  };

  return slicedRows(list, add, finish);
}

/** The whole index at once (tests, small fleets). */
export function attentionIndex(
  list: readonly Workspace[],
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  latency: LatencyRange = POOR_LATENCY,
): AttentionIndex {
  return buildAtOnce(buildAttentionIndex(list, now, thresholds, latency));
}

const ORDERED = new WeakMap<AttentionGroup, GroupMember[]>();

/** A group's members worst first (longest stuck, soonest deleted…), then by name; kept per group. */
export function membersInOrder(group: AttentionGroup): GroupMember[] {
  let ordered = ORDERED.get(group);
  if (!ordered) {
    ordered = [...group.members].sort(
      (a, b) =>
        b.problem.weight - a.problem.weight ||
        NAMES.compare(a.workspace.name ?? "", b.workspace.name ?? ""),
    );
    ORDERED.set(group, ordered);
  }
  return ordered;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const severityRank = (s: Severity) => SEVERITY_RANK[s];
