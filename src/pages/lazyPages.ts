import { createElement, lazy, useEffect, type ComponentType } from "react";

/**
 * A code-split component that can be loaded ahead of use. Once loaded it renders directly, so
 * opening it never suspends (React holds a suspended reveal back for up to 300 ms).
 */
const loading = new Set<Promise<unknown>>();

/** Settles once every page load under way has; tests wait for it before their environment goes. */
export async function pageLoadsSettled(): Promise<void> {
  await Promise.allSettled([...loading]);
}

function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () => {
    const pending = load().then((component) => {
      loaded = component;
      return component;
    });
    loading.add(pending);
    void pending.finally(() => loading.delete(pending));
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component: Preloadable, preload };
}

/** The detail page: loaded on first use, or ahead of it once the list has rendered. */
export const workspacePage = preloadable(
  async () => (await import("./workspace/WorkspacePage")).WorkspacePage,
);

/** The attention view (issue 10): loaded on first use. */
export const attentionPage = preloadable(
  async () => (await import("./attention/AttentionPage")).AttentionPage,
);

/** Once a list's rows are on screen, fetch the detail page's code, so opening one never waits for it. */
export function usePreloadDetailPage(hasRows: boolean): void {
  useEffect(() => {
    if (!hasRows) return;
    const id = setTimeout(() => void workspacePage.preload(), 500);
    return () => clearTimeout(id);
  }, [hasRows]);
}
