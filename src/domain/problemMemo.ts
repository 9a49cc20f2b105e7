// A fleet loads in chunks and is refreshed in parts, and each new fleet keeps the row objects it
// already had: a row's problems are read once per moment and rules, not again at every chunk (at
// 50,000 rows that was most of a second each time). Rows are never changed in place, so a row's
// answer for one moment and one set of rules is always the same one.
import type { Workspace } from "../coderd/schemas";
import { POOR_LATENCY, type LatencyRange } from "./latency";
import { templateLabel } from "./listView";
import {
  DEFAULT_THRESHOLDS,
  STUCK_STATES,
  timeInState,
  type Thresholds,
  type TimeInState,
} from "./timeInState";
import { problemsOf, type Problem } from "./triage";

export interface WorkspaceProblems {
  /** problemsOf: most severe first. */
  problems: Problem[];
  time: TimeInState;
  template: string;
}

/** Readings kept per moment and rules: the current minute's, and the last few before it. */
const SCOPES = new Map<string, WeakMap<Workspace, WorkspaceProblems>>();
const MAX_SCOPES = 4;

function scope(key: string): WeakMap<Workspace, WorkspaceProblems> {
  let cache = SCOPES.get(key);
  if (!cache) {
    cache = new WeakMap();
    SCOPES.set(key, cache);
    for (const old of SCOPES.keys()) {
      if (SCOPES.size <= MAX_SCOPES) break;
      SCOPES.delete(old);
    }
  }
  return cache;
}

/** problemsOf (with the row's time in state and template) for `now` and these rules, memoised. */
export function problemReader(
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  latency: LatencyRange = POOR_LATENCY,
): (w: Workspace) => WorkspaceProblems {
  const cache = scope(
    [now, ...STUCK_STATES.map((s) => thresholds[s]), latency.min, latency.max].join(","),
  );
  return (w) => {
    let read = cache.get(w);
    if (!read) {
      read = {
        problems: problemsOf(w, now, thresholds, latency),
        time: timeInState(w, now, thresholds),
        template: templateLabel(w),
      };
      cache.set(w, read);
    }
    return read;
  };
}
