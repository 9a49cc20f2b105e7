// When coderd answers 429 or 503 with `Retry-After`, the dashboard sends nothing until then: every
// request (polls, refreshes by id, the detail) meets this gate first and fails at once, without
// reaching the network, with the time it will be asked again (the page shows it).
import { honoursRetryAfter } from "../../domain/retryAfter";

export interface RequestPause {
  /** Epoch ms (browser clock) before which nothing is sent. */
  until: number;
  /** The answer that asked for it: "429 Too Many Requests". */
  statusLine: string;
  status: number;
}

let pause: RequestPause | undefined;

/** Holds every request for `ms` (a later end wins over an earlier one). */
export function pauseRequests(ms: number, status: number, statusText: string, now = Date.now()) {
  if (!honoursRetryAfter(status)) return;
  const until = now + ms;
  if (pause && pause.until >= until) return;
  pause = { until, status, statusLine: `${status}${statusText ? ` ${statusText}` : ""}` };
}

/** The pause under way, if any. */
export function currentPause(now = Date.now()): RequestPause | undefined {
  if (pause && pause.until <= now) pause = undefined;
  return pause;
}

/** Ends any pause (tests; a sign-in). */
export function clearRequestPause(): void {
  pause = undefined;
}
