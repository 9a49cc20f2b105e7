/** The list's results (table or groups): the target of the "Skip to results" link. */
export const RESULTS_ID = "results";

/** Focuses the first row's link, or else the results themselves; false when there are none. */
export function focusResults(): boolean {
  const results = document.getElementById(RESULTS_ID);
  if (!results) return false;
  const first = results.querySelector<HTMLElement>("a[data-workspace-id]");
  (first ?? results).focus();
  return true;
}
