import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

// How long a page may take to show its heading after a route change (a lazy page's code loading).
const WAIT_MS = 5_000;

/**
 * After every route change (a new path, not a new filter or #anchor), keyboard and screen-reader
 * focus moves to the new page's <h1>, unless the page already put it somewhere inside <main> (the
 * list giving it back to the row that was opened, the detail page to an #anchor).
 */
export function useHeadingFocus(main: HTMLElement | null): void {
  const { pathname } = useLocation();
  // The path whose focus is settled. `main` arrives a render after the first (a callback ref):
  // counting effects instead would take that for a route change and move focus on the first load.
  const settled = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!main) return;
    const first = settled.current === undefined;
    const same = settled.current === pathname;
    settled.current = pathname;
    // The first page of a visit starts at the top, as the browser does.
    if (first || same) return;
    let frame = 0;
    const until = performance.now() + WAIT_MS;
    const tryFocus = () => {
      const active = document.activeElement;
      if (active && active !== document.body && main.contains(active) && active !== main) return;
      const heading = main.querySelector<HTMLElement>("h1");
      if (!heading) {
        if (performance.now() < until) frame = requestAnimationFrame(tryFocus);
        return;
      }
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [pathname, main]);
}
