// Notices a new deployment of the dashboard. Every build has new hashed file names, and the old ones
// are gone from the server: an open tab then fails to load its worker or a lazy chunk. Such a failure,
// and a look at index.html every few minutes, tell the tab to offer a reload.

import { CHUNK_FAILED_EVENT } from "../components/loadChunk";

const CHECK_EVERY_MS = 5 * 60_000;

/** The entry script's src in an index.html ("/assets/index-3f9a1c.js"), if any. */
export function entryScriptOf(html: string): string | undefined {
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/\btype\s*=\s*["']?module\b/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) return src;
  }
  return undefined;
}

function runningEntryScript(): string | undefined {
  return document.querySelector('script[type="module"][src]')?.getAttribute("src") ?? undefined;
}

let available = false;
const listeners = new Set<() => void>();

export function newVersionAvailable(): boolean {
  return available;
}

export function subscribeNewVersion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce() {
  if (available) return;
  available = true;
  listeners.forEach((l) => l());
}

let checking: Promise<void> | undefined;

/** Compares the served index.html's entry script with the running one; announces a difference. */
export function checkForNewVersion(): Promise<void> {
  const running = runningEntryScript();
  if (available || !running) return Promise.resolve();
  checking ??= fetch(import.meta.env.BASE_URL, {
    cache: "no-store",
    credentials: "same-origin",
    signal: AbortSignal.timeout(15_000),
  })
    .then(async (res) => {
      if (!res.ok) return;
      const served = entryScriptOf(await res.text());
      if (served && served !== running) announce();
    })
    .catch(() => undefined)
    .finally(() => {
      checking = undefined;
    });
  return checking;
}

let started = false;

/** Checks every few minutes while the tab is visible, and whenever a chunk fails to load. */
export function watchForNewVersion(): void {
  if (started) return;
  started = true;
  // Vite's event for a lazy chunk's preload that failed, and ours for a chunk that failed to load.
  window.addEventListener("vite:preloadError", () => void checkForNewVersion());
  window.addEventListener(CHUNK_FAILED_EVENT, () => void checkForNewVersion());
  setInterval(() => {
    if (document.visibilityState === "visible") void checkForNewVersion();
  }, CHECK_EVERY_MS);
}
