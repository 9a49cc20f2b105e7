// The list's link to the attention view, carrying the list's thresholds.
import { STUCK_STATES, thresholdParam } from "./timeInState";

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
