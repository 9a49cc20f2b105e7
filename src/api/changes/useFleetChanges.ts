import { createContext, useContext, useSyncExternalStore } from "react";
import type { ChangeState, ChangeStore } from "./changeStore";

/** The page's change store; absent (views rendered on their own) means no marks. */
export const ChangeStoreContext = createContext<ChangeStore | undefined>(undefined);

const noSubscription = () => () => undefined;
const nothing = () => undefined;

/** The changes since the last look, and the store's actions; undefined without a store. */
export function useFleetChanges(): { state: ChangeState; store: ChangeStore } | undefined {
  const store = useContext(ChangeStoreContext);
  const state = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    store ? store.getState : nothing,
  );
  return store && state ? { state, store } : undefined;
}
