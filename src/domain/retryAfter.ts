// coderd (or a proxy in front of it) answers 429 or 503 with `Retry-After` when it wants fewer
// requests: the dashboard sends none for that long. A header can say anything, so the wait is capped:
// a typo of a year must not silence the dashboard until the tab is reloaded.

/** The longest wait taken from a `Retry-After` header. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/** The statuses whose `Retry-After` the dashboard honours. */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * How long `Retry-After` asks to wait (ms), capped at MAX_RETRY_AFTER_MS: delay-seconds, or an HTTP
 * date read against the response's own `Date` (`serverNow`, when it sent one; both are the server's
 * clock) or else `now`. Undefined for a missing, malformed or past value (no wait).
 */
export function retryAfterMs(
  value: string | null | undefined,
  now: number,
  serverNow?: number,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    const at = Date.parse(text);
    if (!Number.isFinite(at)) return undefined;
    ms = at - (serverNow ?? now);
  }
  if (!(ms > 0)) return undefined;
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}
