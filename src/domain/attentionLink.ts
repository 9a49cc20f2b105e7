// The list's link to the attention view, and the count it shows.
import type { Workspace } from "../api/types";
import { STUCK_STATES, problemsOf, thresholdParam, type Thresholds } from "./triage";

export const ATTENTION_PATH = "/workspaces/attention";

/** The attention view with the same thresholds as this view (`search` is "?…" or ""). */
export function attentionHref(search: string): string {
  const params = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const state of STUCK_STATES) {
    const v = params.get(thresholdParam(state));
    if (v) out.set(thresholdParam(state), v);
  }
  const qs = out.toString();
  return qs ? `${ATTENTION_PATH}?${qs}` : ATTENTION_PATH;
}

/** Workspaces with at least one problem, judged at `now`. */
export function fleetProblemCount(list: Workspace[], thresholds: Thresholds, now: number): number {
  let n = 0;
  for (const w of list) if (problemsOf(w, now, thresholds).length > 0) n += 1;
  return n;
}
