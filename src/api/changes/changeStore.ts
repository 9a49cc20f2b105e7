// What changed since the user last looked, kept for one page: the fleet as last seen (the baseline,
// stored per backend), the changes from it to the fleet now, a day's log of every change seen, and
// the user's alert choices. Fed by watchFleet; read by the pages through useFleetChanges.
import { changesById, fleetChanges, type FleetSnapshot } from "../../domain/fleetChanges";
import {
  CHANGE_KINDS,
  isChangeKind,
  type ChangeKind,
  type FleetChange,
} from "../../domain/changeKinds";
import {
  parseLog,
  parseSnapshot,
  pruneLog,
  serializeLog,
  serializeSnapshot,
} from "../../domain/changeRecord";
import type { Workspace } from "../../coderd/schemas";

/** Where the store keeps its records: localStorage in the page, a Map in tests. */
export interface KeyValueStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** localStorage, whose failures (private mode, a full quota, a policy) only mean nothing is kept. */
export const browserStorage: KeyValueStorage = {
  get: (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Kept for this page only.
    }
  },
  remove: (key) => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to forget.
    }
  },
};

export interface AlertChoices {
  /** Desktop notifications are on (the browser's permission aside). */
  notify: boolean;
  /** Kinds left out of the title's count and of notifications. */
  muted: ReadonlySet<ChangeKind>;
}

export interface ChangeState {
  /** The whole fleet has been seen at least once on this page. */
  ready: boolean;
  /** When the user last looked (epoch ms); undefined before any look was recorded. */
  seenAt: number | undefined;
  /** Changes from the last look to the fleet now. */
  changes: readonly FleetChange[];
  /** The same, per workspace id. */
  byId: ReadonlyMap<string, readonly ChangeKind[]>;
  /** Every change seen over the last day, oldest first. */
  log: readonly FleetChange[];
  alerts: AlertChoices;
}

export interface ChangeStore {
  getState: () => ChangeState;
  subscribe: (listener: () => void) => () => void;
  /** A look at the whole fleet: its snapshot, and its workspaces by id. */
  observe: (snapshot: FleetSnapshot, byId: ReadonlyMap<string, Workspace>) => void;
  /** The user saw the fleet as it is now: it becomes the baseline. */
  markSeen: () => void;
  setAlerts: (next: Partial<AlertChoices>) => void;
  /** Changes as they are seen, look after look (for notifications). */
  onNewChanges: (listener: (changes: readonly FleetChange[]) => void) => () => void;
}

const SNAPSHOT_KEY = "coder-dashboard.changes.seen";
const LOG_KEY = "coder-dashboard.changes.log";
const ALERTS_KEY = "coder-dashboard.changes.alerts";

function readAlerts(storage: KeyValueStorage): AlertChoices {
  try {
    const data = JSON.parse(storage.get(ALERTS_KEY) ?? "{}") as unknown;
    if (typeof data !== "object" || data === null) throw new Error("not an object");
    const notify = "notify" in data && data.notify === true;
    const muted = "muted" in data && Array.isArray(data.muted) ? data.muted : [];
    return { notify, muted: new Set(muted.filter(isChangeKind)) };
  } catch {
    return { notify: false, muted: new Set() };
  }
}

/**
 * A store for one backend (`backend`: its origin, or "demo"); records live under keys that name it,
 * so two deployments opened in one browser keep apart what was seen of each.
 */
export function createChangeStore(backend: string, storage: KeyValueStorage): ChangeStore {
  const key = (name: string) => `${name}:${backend}`;
  let baseline: FleetSnapshot | undefined = parseSnapshot(storage.get(key(SNAPSHOT_KEY)));
  // Changes while the page was closed are logged at its first look, against what was last seen.
  let previous: FleetSnapshot | undefined = baseline;
  let latest: FleetSnapshot | undefined;
  let state: ChangeState = {
    ready: false,
    seenAt: baseline?.at,
    changes: [],
    byId: new Map(),
    log: parseLog(storage.get(key(LOG_KEY))),
    alerts: readAlerts(storage),
  };
  const listeners = new Set<() => void>();
  const changeListeners = new Set<(changes: readonly FleetChange[]) => void>();

  const emit = (next: Partial<ChangeState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  const saveBaseline = (snapshot: FleetSnapshot) => {
    const text = serializeSnapshot(snapshot);
    if (text) storage.set(key(SNAPSHOT_KEY), text);
    else storage.remove(key(SNAPSHOT_KEY));
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    observe(snapshot, byId) {
      const at = snapshot.at;
      latest = snapshot;
      if (!baseline) {
        baseline = snapshot;
        saveBaseline(snapshot);
      }
      const sinceLast = previous ? fleetChanges(previous, snapshot, byId) : [];
      let seen = sinceLast;
      if (previous === baseline) {
        // The first look of a page, against what was last seen: what an earlier page already
        // logged since then is not news again.
        const since = previous.at;
        const logged = new Set(
          state.log.filter((c) => c.at > since).map((c) => `${c.id} ${c.kind}`),
        );
        seen = seen.filter((c) => !logged.has(`${c.id} ${c.kind}`));
      }
      const fromBaseline = previous === baseline;
      previous = snapshot;
      let log = state.log;
      if (seen.length > 0) {
        log = pruneLog(
          [...log, ...seen].sort((a, b) => a.at - b.at),
          at,
        );
        storage.set(key(LOG_KEY), serializeLog(log));
      }
      const changes = fromBaseline ? sinceLast : fleetChanges(baseline, snapshot, byId);
      emit({ ready: true, seenAt: baseline.at, changes, byId: changesById(changes), log });
      if (seen.length > 0) changeListeners.forEach((l) => l(seen));
    },
    markSeen() {
      if (!latest) return;
      baseline = latest;
      saveBaseline(baseline);
      emit({ seenAt: baseline.at, changes: [], byId: new Map() });
    },
    setAlerts(next) {
      const alerts = { ...state.alerts, ...next };
      storage.set(
        ALERTS_KEY,
        JSON.stringify({
          notify: alerts.notify,
          muted: CHANGE_KINDS.filter((k) => alerts.muted.has(k)),
        }),
      );
      emit({ alerts });
    },
    onNewChanges(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
}
