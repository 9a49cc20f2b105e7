import { useMemo } from "react";
import { useFleetChanges } from "../../api/changes/useFleetChanges";
import type { ChangeKind, FleetChange } from "../../domain/changeKinds";

/** The changes since the last look, as the list and Needs attention show them. */
export interface ChangesSince {
  changes: readonly FleetChange[];
  byId: ReadonlyMap<string, readonly ChangeKind[]>;
  seenAt: number | undefined;
  onMarkSeen: () => void;
}

/** The changes since the user last looked, for a view's marks and summary line. */
export function useChangesSince(): ChangesSince | undefined {
  const fleetChanges = useFleetChanges();
  const state = fleetChanges?.state;
  const store = fleetChanges?.store;
  return useMemo(
    () =>
      state && store
        ? {
            changes: state.changes,
            byId: state.byId,
            seenAt: state.seenAt,
            onMarkSeen: store.markSeen,
          }
        : undefined,
    [state, store],
  );
}
