import { useSyncExternalStore } from "react";
import { getSessionState, subscribeSession, type SessionState } from "../api/transport/session";

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState);
}
