// Code split off the first load arrives later, over the same network as the data: a blip while it
// loads must not end the page. A chunk is asked again with back-off, and every failure is announced
// (CHUNK_FAILED_EVENT), so the app can check whether a redeploy removed it and offer a reload.

export const CHUNK_FAILED_EVENT = "dashboard:chunk-failed";

/** Waits before each retry: 1 s, 2 s, 4 s, 8 s, 15 s (about half a minute in all). */
export const CHUNK_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    // Offline, there is no point in asking: go again as soon as the network is back.
    if (!navigator.onLine) window.addEventListener("online", done, { once: true });
    function done() {
      clearTimeout(timer);
      window.removeEventListener("online", done);
      resolve();
    }
  });
}

/**
 * The script a failed dynamic import names ("Failed to fetch dynamically imported module: URL"), on
 * this origin. Some browsers (Debian's Chromium 150, seen here) keep a failed import's outcome for
 * the page's life: asking for the same URL again fails at once, without a request.
 */
function failedScript(error: unknown): URL | undefined {
  const message = error instanceof Error ? error.message : "";
  const named = /(https?:\/\/\S+\.js)\b/.exec(message)?.[1];
  if (!named) return undefined;
  try {
    const url = new URL(named);
    return url.origin === window.location.origin ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `load()` (a dynamic import of a module), asked again after each failure until the delays run out.
 * A retry asks for the script the failure named under a fresh query, which every browser fetches
 * anew; its own imports are the same files as before.
 */
export async function loadChunk<M>(
  load: () => Promise<M>,
  delays: readonly number[] = CHUNK_RETRY_DELAYS_MS,
): Promise<M> {
  let next = load;
  for (let attempt = 0; ; attempt++) {
    try {
      return await next();
    } catch (error) {
      const script = failedScript(error);
      if (script) {
        script.searchParams.set("retry", String(attempt + 1));
        const href = script.href;
        next = () => import(/* @vite-ignore */ href) as Promise<M>;
      }
      window.dispatchEvent(new Event(CHUNK_FAILED_EVENT));
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await pause(delay);
    }
  }
}
