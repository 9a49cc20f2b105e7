import { useMemo, useState } from "react";
import { useFleetChanges } from "../../api/changes/useFleetChanges";
import { useWorkspaces } from "../../api/useWorkspaces";
import {
  askNotificationPermission,
  notificationSupport,
} from "../../components/desktopNotifications";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useNow } from "../../components/useNow";
import { useUrlState } from "../../components/useUrlState";
import { changeWindowFromSearchParams, inWindow } from "../../domain/changesLink";
import { CHANGE_KINDS, type ChangeKind, type FleetChange } from "../../domain/changeKinds";
import { workspaceStatus } from "../../domain/status";
import type { Workspace } from "../../coderd/schemas";
import { ChangesPageView, type ChangeItem } from "./ChangesPageView";

// The whole fleet: changes are read from it unfiltered (shared with the list's cache).
const WHOLE_FLEET = "";
const NO_CHANGES: readonly FleetChange[] = [];

/** A workspace's changes seen at one time fold into one line, newest first. */
function itemsOf(changes: readonly FleetChange[], fleet: readonly Workspace[] | undefined) {
  const byId = new Map<string, Workspace>();
  for (const w of fleet ?? []) if (w.id) byId.set(w.id, w);
  const lines = new Map<string, ChangeItem & { kinds: ChangeKind[] }>();
  for (const c of changes) {
    const key = `${c.id}@${c.at}`;
    const line = lines.get(key);
    if (line) {
      if (!line.kinds.includes(c.kind)) line.kinds.push(c.kind);
      continue;
    }
    const w = byId.get(c.id);
    lines.set(key, {
      id: c.id,
      name: c.name,
      owner: c.owner,
      kinds: [c.kind],
      at: c.at,
      status: w ? workspaceStatus(w.latest_build?.status) : undefined,
    });
  }
  const out = [...lines.values()];
  for (const line of out) {
    line.kinds.sort((a, b) => CHANGE_KINDS.indexOf(a) - CHANGE_KINDS.indexOf(b));
  }
  return out.sort((a, b) => b.at - a.at);
}

/** Owns the URL (`since`, `until`) and the whole fleet's query; the view only renders. */
export function ChangesPage() {
  const [searchParams] = useUrlState();
  const since = searchParams.get("since");
  const until = searchParams.get("until");
  const window = useMemo(
    () =>
      changeWindowFromSearchParams(
        new URLSearchParams({
          ...(since ? { since } : {}),
          ...(until ? { until } : {}),
        }),
      ),
    [since, until],
  );
  const query = useWorkspaces(WHOLE_FLEET, true);
  const fleetChanges = useFleetChanges();
  const state = fleetChanges?.state;
  const store = fleetChanges?.store;
  const now = useNow();
  const [notifications, setNotifications] = useState(notificationSupport);
  useDocumentTitle("Changes");

  const changes = useMemo(() => {
    if (!state) return NO_CHANGES;
    if (window.kind === "window") return inWindow(state.log, window.since, window.until);
    return window.kind === "since-visit" ? state.changes : NO_CHANGES;
  }, [state, window]);
  const workspaces = query.fleet?.workspaces;
  const items = useMemo(() => itemsOf(changes, workspaces), [changes, workspaces]);

  const onNotificationsOn = () => {
    void askNotificationPermission().then((permission) => {
      setNotifications(permission);
      if (permission === "granted") store?.setAlerts({ notify: true });
    });
  };

  return (
    <ChangesPageView
      window={window}
      ready={state?.ready ?? false}
      items={items}
      changes={changes}
      seenAt={state?.seenAt}
      progress={query.fleet}
      error={query.error}
      isFetching={query.isFetching}
      onRetry={() => void query.refetch()}
      freshness={query.freshness}
      onMarkSeen={() => store?.markSeen()}
      alerts={state?.alerts ?? { notify: false, muted: new Set() }}
      onAlerts={(next) => store?.setAlerts(next)}
      notifications={notifications}
      onNotificationsOn={onNotificationsOn}
      now={now}
    />
  );
}
