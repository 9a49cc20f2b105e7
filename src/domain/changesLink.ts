// The Changes panel's address for a stretch of time: what changed in the fleet between two instants.

export const CHANGES_PATH = "/workspaces/changes";

/** `/workspaces/changes?since=<ISO>&until=<ISO>`. */
export function changesHref(since: number, until: number): string {
  const params = new URLSearchParams({
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
  });
  return `${CHANGES_PATH}?${params.toString()}`;
}
