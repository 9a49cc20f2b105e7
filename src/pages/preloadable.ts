import { createElement, lazy, type ComponentType } from "react";
import { loadChunk } from "../components/loadChunk";

/**
 * A code-split component that can be loaded ahead of use. Once loaded it renders directly, so
 * opening it never suspends (React holds a suspended reveal back for up to 300 ms).
 */
const loading = new Set<Promise<unknown>>();

/** Settles once every page load under way has; tests wait for it before their environment goes. */
export async function pageLoadsSettled(): Promise<void> {
  await Promise.allSettled([...loading]);
}

/** Counts `pending` among the loads pageLoadsSettled waits for (code that isn't a page). */
export function trackLoad<T>(pending: Promise<T>): Promise<T> {
  loading.add(pending);
  void pending.finally(() => loading.delete(pending)).catch(() => undefined);
  return pending;
}

export function preloadable<P extends object, M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  let loaded: ComponentType<P> | undefined;
  const preload = () => {
    // A blip while the code loads is retried; a chunk that stays away ends in the error boundary.
    const pending = loadChunk(load).then((module) => {
      loaded = pick(module);
      return loaded;
    });
    return trackLoad(pending);
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component: Preloadable, preload };
}
