// index.html starts the unfiltered list request before the app's code has loaded (see the early-fetch
// plugin in vite.config.ts and src/server/earlyFetchScript.ts). The client takes that response
// instead of asking again: once, for the first load it was made for, and never later (after a sign-out,
// say, an old 401 or an old fleet must not come back).

export interface EarlyWorkspaces {
  url: string;
  response: Promise<Response>;
  /** performance.now() when it was sent. */
  startedAt?: number;
  abort?: () => void;
}

declare global {
  interface Window {
    __earlyWorkspaces?: EarlyWorkspaces | undefined;
  }
}

/** An early response not taken this long after it was sent is stale: dropped, never used. */
export const EARLY_RESPONSE_TTL_MS = 10_000;

function drop(early: EarlyWorkspaces): void {
  early.abort?.();
  // The aborted fetch rejects; nobody waits for it.
  early.response.catch(() => undefined);
}

/** Forgets the early request (aborting it if it is still under way). */
export function discardEarlyResponse(): void {
  if (typeof window === "undefined") return;
  const early = window.__earlyWorkspaces;
  window.__earlyWorkspaces = undefined;
  if (early) drop(early);
}

/**
 * The early response, when this is the first request to ask, it asks for `pathAndQuery`, and it is
 * fresh; undefined otherwise (or when it failed). The first call uses it up, match or not: a first list
 * request for another filter means the early answer belongs to no later one.
 */
export async function takeEarlyResponse(pathAndQuery: string): Promise<Response | undefined> {
  const early = window.__earlyWorkspaces;
  if (!early) return undefined;
  window.__earlyWorkspaces = undefined;
  const age = performance.now() - (early.startedAt ?? 0);
  if (early.url !== pathAndQuery || age > EARLY_RESPONSE_TTL_MS) {
    drop(early);
    return undefined;
  }
  return early.response.catch(() => undefined);
}

// An early request nobody took during the first load expires by itself.
if (typeof window !== "undefined" && window.__earlyWorkspaces) {
  const early = window.__earlyWorkspaces;
  const left = EARLY_RESPONSE_TTL_MS - (performance.now() - (early.startedAt ?? 0));
  setTimeout(
    () => {
      if (window.__earlyWorkspaces === early) discardEarlyResponse();
    },
    Math.max(0, left),
  );
}

/** Whether index.html started the early list request and nobody has taken it yet. */
export function hasEarlyResponse(): boolean {
  return typeof window !== "undefined" && window.__earlyWorkspaces !== undefined;
}
