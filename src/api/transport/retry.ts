import { isApiError } from "./client";

// The retry policy of every query (src/app/queryClient.ts), and what the freshness line says about it.
const MAX_RETRIES = 3;
/** A request that ran into its deadline already made the user wait: one more try, then say so. */
const MAX_TIMEOUT_RETRIES = 1;

/** How many retries `error` gets after the first try. */
export function retriesFor(error: unknown): number {
  if (isApiError(error)) {
    // The server said when to ask again: once, then (retryDelay).
    if (error.retryAt !== undefined) return 1;
    if (error.status >= 400 && error.status < 500) return 0;
    if (error.kind === "aborted") return 0;
    if (error.kind === "timeout") return MAX_TIMEOUT_RETRIES;
  }
  return MAX_RETRIES;
}

/** 4xx answers won't change by asking again; network failures and 5xx get a few backed-off retries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < retriesFor(error);
}

/**
 * Retry n waits 1 s, 2 s, 4 s, … (at most 15 s) before it goes out; after a `Retry-After`, until the
 * time the server gave (a second later, so the pause has surely ended).
 */
export function retryDelay(failureCount: number, error?: unknown): number {
  if (isApiError(error) && error.retryAt !== undefined) {
    return Math.max(0, error.retryAt - Date.now()) + 1_000;
  }
  return Math.min(1000 * 2 ** failureCount, 15_000);
}
