import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { AWAY_REFRESH_AFTER_MS, SLEEP_GAP_MS, WAKE_CHECK_MS } from "./polling";

// After a sleep or a long spell in the background, every query the page shows is asked again at
// once, and while those answers are out the page says how long it was away (useAwayRefresh).
// A sleep is told by the wall clock: a timer that fires a minute or more after it was due. A hidden
// tab's timers are throttled on purpose, so there its return (visibilitychange) is what counts.

/**
 * Calls `onWake` with how long the page was away: after a hidden spell of AWAY_REFRESH_AFTER_MS or
 * more ends, or when a visible page's clock check comes SLEEP_GAP_MS or more late. Returns the stop.
 */
export function watchForWake(onWake: (awayMs: number) => void): () => void {
  const hidden = () => document.visibilityState === "hidden";
  let hiddenAt = hidden() ? Date.now() : undefined;
  let checkedAt = Date.now();
  const onVisibility = () => {
    const now = Date.now();
    if (hidden()) {
      hiddenAt ??= now;
      return;
    }
    const since = hiddenAt;
    hiddenAt = undefined;
    checkedAt = now;
    if (since !== undefined && now - since >= AWAY_REFRESH_AFTER_MS) onWake(now - since);
  };
  const timer = setInterval(() => {
    const now = Date.now();
    const late = now - checkedAt - WAKE_CHECK_MS;
    checkedAt = now;
    if (!hidden() && late >= SLEEP_GAP_MS) onWake(late + WAKE_CHECK_MS);
  }, WAKE_CHECK_MS);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", onVisibility);
  };
}

let away: number | undefined;
const listeners = new Set<() => void>();

function setAway(next: number | undefined) {
  away = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How long the page was away, while the refresh after it is under way; undefined otherwise. */
export function useAwayRefresh(): number | undefined {
  return useSyncExternalStore(subscribe, () => away);
}

/**
 * Mounted once for the app: on a wake, refreshes every active query at once and keeps
 * `useAwayRefresh` set until every one has answered or failed. A fetch still under way was sent
 * before the absence (its deadline, a timer, may not have run yet): it is dropped and sent again.
 * This listener is on the document, so it runs before React Query's own on the window, whose
 * refetch on focus then joins these fetches instead of sending its own.
 */
export function useWakeRefresh(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      watchForWake((ms) => {
        if (away !== undefined) {
          setAway(Math.max(away, ms));
          return;
        }
        setAway(ms);
        void client.refetchQueries({ type: "active" }).finally(() => setAway(undefined));
      }),
    [client],
  );
}
