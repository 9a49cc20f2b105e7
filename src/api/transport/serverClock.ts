// The page's estimate of coderd's clock, fed by every answer's `Date` header (see domain/serverClock.ts);
// the shared clock in components/useNow.ts adds it to durations of server timestamps.
import {
  appliedOffset,
  nextEstimate,
  NO_ESTIMATE,
  offsetSample,
  type ClockEstimate,
} from "../../domain/serverClock";

let estimate: ClockEstimate = NO_ESTIMATE;
let applied = 0;
const listeners = new Set<() => void>();

/** Takes one answer's `Date` header, read when the answer arrived (`receivedAt`, epoch ms). */
export function noteServerDate(dateHeader: string | undefined, receivedAt: number | undefined) {
  if (receivedAt === undefined) return;
  const sample = offsetSample(dateHeader, receivedAt);
  if (sample === undefined) return;
  estimate = nextEstimate(estimate, sample);
  const next = appliedOffset(estimate);
  if (next === applied) return;
  applied = next;
  listeners.forEach((l) => l());
}

/** The server's clock minus the browser's, in ms, when it is off by more than a few seconds; else 0. */
export function serverClockOffset(): number {
  return applied;
}

/** Now, on the server's clock (as estimated). */
export function serverNow(): number {
  return Date.now() + applied;
}

export function subscribeServerClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the estimate (tests; a sign-in to another deployment). */
export function resetServerClock(): void {
  estimate = NO_ESTIMATE;
  applied = 0;
  listeners.forEach((l) => l());
}
