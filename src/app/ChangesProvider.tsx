import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { afterNextPaint } from "../api/list/afterNextPaint";
import type { ChangeStore } from "../api/changes/changeStore";
import { ChangeStoreContext } from "../api/changes/useFleetChanges";
import { PollWholeFleetWhileHidden, useWorkspaces } from "../api/useWorkspaces";
import { coderLinkBase } from "../components/coderLinkBase";
import { loadChunk } from "../components/loadChunk";
import { tidyQuery } from "../domain/query/edit";
import { queryFromDocumentedParams } from "../domain/query/legacy";
import { trackLoad } from "../pages/preloadable";

/** Which backend the records are kept for: its origin (coderd's), or the demo's fleet. */
function backendKey(): string {
  return import.meta.env.VITE_DEMO === "true" ? "demo" : coderLinkBase().coder;
}

/** The views that read the whole fleet themselves (and so keep it fresh). */
function readsWholeFleet(pathname: string, search: string): boolean {
  if (pathname === "/workspaces/attention" || pathname === "/workspaces/changes") return true;
  if (pathname !== "/workspaces") return false;
  const params = new URLSearchParams(search);
  return tidyQuery(params.get("q") ?? queryFromDocumentedParams(params)) === "";
}

/** Keeps the whole fleet polled on a view that doesn't read it (a filtered list, a workspace). */
function WholeFleetWatch() {
  useWorkspaces("", true);
  return null;
}

const noSubscription = () => () => undefined;
const off = () => false;

/**
 * What changed since the user last looked, for every view (changesRuntime.ts, loaded once the first
 * rows have painted): the store, per backend, given to the views; with notifications on, the whole
 * fleet kept polled on every view and while the tab is hidden. Without its code nothing is marked.
 */
export function ChangesProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [store, setStore] = useState<ChangeStore>();
  const navigate = useNavigate();
  const location = useLocation();
  const open = useRef(navigate);
  useEffect(() => {
    open.current = navigate;
  }, [navigate]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void trackLoad(afterNextPaint().then(() => loadChunk(() => import("./changesRuntime")))).then(
      (runtime) => {
        if (cancelled) return;
        const started = runtime.startChanges({
          backend: backendKey(),
          queryClient,
          open: (href) => void open.current(href),
        });
        stop = started.stop;
        setStore(started.store);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [queryClient]);

  const notify = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    store ? () => store.getState().alerts.notify : off,
  );
  return (
    <ChangeStoreContext value={store}>
      <PollWholeFleetWhileHidden value={notify}>
        {notify && !readsWholeFleet(location.pathname, location.search) ? (
          <WholeFleetWatch />
        ) : null}
        {children}
      </PollWholeFleetWhileHidden>
    </ChangeStoreContext>
  );
}
