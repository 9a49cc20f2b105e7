import { useEffect } from "react";
import { preloadable } from "../preloadable";

/** The detail page: loaded on first use, or ahead of it once a list has rendered. */
export const workspacePage = preloadable(
  () => import("./WorkspacePage"),
  (m) => m.WorkspacePage,
);

/** Once a list's rows are on screen, fetch the detail page's code, so opening one never waits for it. */
export function usePreloadDetailPage(hasRows: boolean): void {
  useEffect(() => {
    if (!hasRows) return;
    const id = setTimeout(() => void workspacePage.preload(), 500);
    return () => clearTimeout(id);
  }, [hasRows]);
}
