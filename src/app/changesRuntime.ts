// The changes' machinery, loaded after the first rows paint (it is not needed to show them): the
// store, the fleet's watcher, the title's and the icon's count, the notifications, and "last visit"
// as the moment the tab was hidden.
import type { QueryClient } from "@tanstack/react-query";
import { browserStorage, createChangeStore, type ChangeStore } from "../api/changes/changeStore";
import { watchFleet } from "../api/changes/watchFleet";
import { setFaviconCount } from "../components/faviconBadge";
import { setTitleCount } from "../components/useDocumentTitle";
import { newProblemCount } from "../domain/changeKinds";
import { startChangeNotifier } from "./changeNotifier";

export function startChanges(options: {
  backend: string;
  queryClient: QueryClient;
  open: (href: string) => void;
}): { store: ChangeStore; stop: () => void } {
  const store = createChangeStore(options.backend, browserStorage);
  const showCount = () => {
    const { changes, alerts } = store.getState();
    const count = newProblemCount(changes, alerts.muted);
    setTitleCount(count);
    setFaviconCount(count);
  };
  const onHidden = () => {
    if (document.visibilityState === "hidden") store.markSeen();
  };
  const stops = [
    store.subscribe(showCount),
    watchFleet(options.queryClient, store),
    startChangeNotifier(store, options.open),
  ];
  document.addEventListener("visibilitychange", onHidden);
  window.addEventListener("pagehide", store.markSeen);
  return {
    store,
    stop() {
      stops.forEach((stop) => stop());
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", store.markSeen);
      setTitleCount(0);
      setFaviconCount(0);
    },
  };
}
