// The Changes view's URL: `/workspaces/changes` lists what changed since the last visit, and
// `?since=<ISO>&until=<ISO>` the changes seen in that window (the overview's trend links there).

export const CHANGES_PATH = "/workspaces/changes";

export type ChangeWindow =
  | { kind: "since-visit" }
  /** `until` undefined: up to now, the window growing as changes come. */
  | { kind: "window"; since: number; until: number | undefined }
  | { kind: "invalid"; reason: string };

function instant(value: string | null): number | undefined | null {
  if (value === null || value === "") return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** `since` alone runs to now; `until` alone from a day before it. */
export function changeWindowFromSearchParams(params: URLSearchParams): ChangeWindow {
  const since = instant(params.get("since"));
  const until = instant(params.get("until"));
  if (since === null || until === null) {
    return { kind: "invalid", reason: "Its since or until is not a date and time." };
  }
  if (since === undefined && until === undefined) return { kind: "since-visit" };
  const start = since ?? (until ?? 0) - 24 * 60 * 60_000;
  if (until !== undefined && start > until) {
    return { kind: "invalid", reason: "Its since comes after its until." };
  }
  return { kind: "window", since: start, until };
}

/** The changes of the log within the window, both ends included. */
export function inWindow<T extends { at: number }>(
  log: readonly T[],
  since: number,
  until: number | undefined,
): T[] {
  return log.filter((c) => c.at >= since && (until === undefined || c.at <= until));
}

/** A link to the changes seen between two instants (epoch ms). */
export function changesHref(since?: number, until?: number): string {
  const params = new URLSearchParams();
  if (since !== undefined) params.set("since", new Date(since).toISOString());
  if (until !== undefined) params.set("until", new Date(until).toISOString());
  const qs = params.toString();
  return qs ? `${CHANGES_PATH}?${qs}` : CHANGES_PATH;
}
