import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import { browserStorage, createChangeStore } from "../api/changes/changeStore";
import { ChangeStoreContext } from "../api/changes/useFleetChanges";
import { watchFleet } from "../api/changes/watchFleet";
import { PollWholeFleetWhileHidden, useWorkspaces } from "../api/useWorkspaces";
import { coderLinkBase } from "../components/coderLinkBase";
import { setFaviconCount } from "../components/faviconBadge";
import { setTitleCount } from "../components/useDocumentTitle";
import { newProblemCount } from "../domain/fleetChanges";
import { tidyQuery } from "../domain/query/edit";
import { queryFromDocumentedParams } from "../domain/query/legacy";
import { startChangeNotifier } from "./changeNotifier";

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

/**
 * What changed since the user last looked, for every view: the store (per backend), fed by the
 * whole fleet whenever the cache has a newer look at it; the title's and the icon's count; the
 * desktop notifications. "Last looked" is when the tab was last visible: hiding it marks all seen.
 */
export function ChangesProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [store] = useState(() => createChangeStore(backendKey(), browserStorage));
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => watchFleet(queryClient, store), [queryClient, store]);
  useEffect(() => startChangeNotifier(store, (href) => void navigate(href)), [store, navigate]);
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === "hidden") store.markSeen();
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", store.markSeen);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", store.markSeen);
    };
  }, [store]);

  const state = useSyncExternalStore(store.subscribe, store.getState);
  const count = useMemo(
    () => newProblemCount(state.changes, state.alerts.muted),
    [state.changes, state.alerts.muted],
  );
  useEffect(() => {
    setTitleCount(count);
    setFaviconCount(count);
  }, [count]);
  useEffect(
    () => () => {
      setTitleCount(0);
      setFaviconCount(0);
    },
    [],
  );

  const notify = state.alerts.notify;
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
