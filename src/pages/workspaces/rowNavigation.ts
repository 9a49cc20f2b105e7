import { useLayoutEffect, useMemo, useRef, type MouseEvent } from "react";
import { useHref, useNavigate } from "react-router";

/** A primary click without modifier keys on a link that opens here: the router takes it. */
function isPlainClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  const target = e.currentTarget.getAttribute("target");
  return (
    e.button === 0 &&
    !e.defaultPrevented &&
    !(e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) &&
    (!target || target === "_self")
  );
}

export interface RowNavigation {
  /** The href of a dashboard path ("/workspaces/<id>") under the app's base. */
  href: (path: string) => string;
  /** The link's click: a plain one goes through the router, carrying the list's URL. */
  follow: (e: MouseEvent<HTMLAnchorElement>, path: string) => void;
}

/**
 * The table's row links, the same object for the life of the table. A router `<Link>` reads the
 * location on every render, so each filter change re-rendered every row on screen; these read the
 * list's URL (`from`, the detail page's way back to this view) when clicked.
 */
export function useRowNavigation(from: string): RowNavigation {
  const navigate = useNavigate();
  const latest = useRef({ navigate, from });
  useLayoutEffect(() => {
    latest.current = { navigate, from };
  });
  const root = useHref("/").replace(/\/$/, "");
  return useMemo(
    () => ({
      href: (path) => root + path,
      follow: (e, path) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        void latest.current.navigate(path, { state: { from: latest.current.from } });
      },
    }),
    [root],
  );
}
