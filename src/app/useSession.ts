import { useSyncExternalStore } from "react";
import { getSessionState, subscribeSession, type SessionState } from "../api/session";

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState);
}
