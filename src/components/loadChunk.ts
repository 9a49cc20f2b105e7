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

/** `load()` (a dynamic import), asked again after each failure until the delays run out. */
export async function loadChunk<T>(
  load: () => Promise<T>,
  delays: readonly number[] = CHUNK_RETRY_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      window.dispatchEvent(new Event(CHUNK_FAILED_EVENT));
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await pause(delay);
    }
  }
}
