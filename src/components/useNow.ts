import { useSyncExternalStore } from "react";
import { serverClockOffset, subscribeServerClock } from "../api/transport/serverClock";

// The one clock of every time on screen, one timer for all. Durations of server timestamps (time in
// state, "last used 5 min ago") tick every 15 s, since a timer or a render per cell a second would
// not scale, and read the server's clock (as estimated from its `Date` header). The age of what the
// page fetched ("Updated 12 s ago") ticks every second and reads the browser's clock, which stamped
// it. Both tick at once when the tab comes back (timers in a hidden tab are throttled or frozen).
const FINE_MS = 1_000;
const COARSE_MS = 15_000;

let local = Date.now();
let coarse = local;
const fineListeners = new Set<() => void>();
const coarseListeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let timerMs = 0;
let unsubscribeServer: (() => void) | undefined;

function tick(force: boolean) {
  local = Date.now();
  fineListeners.forEach((l) => l());
  // Half a tick early still counts: intervals drift.
  if (force || local - coarse >= COARSE_MS - FINE_MS / 2) {
    coarse = local;
    coarseListeners.forEach((l) => l());
  }
}

const onTimer = () => tick(false);
const onVisible = () => tick(true);
const onServerClock = () => coarseListeners.forEach((l) => l());

function reschedule() {
  const listening = fineListeners.size + coarseListeners.size > 0;
  const wanted = !listening ? 0 : fineListeners.size > 0 ? FINE_MS : COARSE_MS;
  if (wanted === timerMs) return;
  if (timer) clearInterval(timer);
  timer = undefined;
  timerMs = wanted;
  if (wanted === 0) {
    document.removeEventListener("visibilitychange", onVisible);
    unsubscribeServer?.();
    unsubscribeServer = undefined;
    return;
  }
  if (!unsubscribeServer) {
    // A clock that sat idle starts from now, not from when it last ticked.
    local = coarse = Date.now();
    document.addEventListener("visibilitychange", onVisible);
    unsubscribeServer = subscribeServerClock(onServerClock);
  }
  timer = setInterval(onTimer, wanted);
}

function subscriber(listeners: Set<() => void>) {
  return (listener: () => void) => {
    listeners.add(listener);
    reschedule();
    return () => {
      listeners.delete(listener);
      reschedule();
    };
  };
}

const subscribeCoarse = subscriber(coarseListeners);
const subscribeFine = subscriber(fineListeners);

/** Now on the server's clock, every 15 s: for durations of the server's timestamps. */
export function useNow(): number {
  return useSyncExternalStore(subscribeCoarse, () => coarse + serverClockOffset());
}

/** Now on the browser's clock, every second: for the age of what the page fetched. */
export function useLocalClock(): number {
  return useSyncExternalStore(subscribeFine, () => local);
}
