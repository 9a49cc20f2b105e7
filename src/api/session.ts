// The session token lives in memory; only when the user asks is it copied to sessionStorage (this tab).
// It is never written to localStorage, a URL or a log.
const STORAGE_KEY = "coder-dashboard.session-token";

type Listener = () => void;
const listeners = new Set<Listener>();

function readRemembered(): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

let token: string | undefined = readRemembered();

export function getSessionToken(): string | undefined {
  return token;
}

export function setSessionToken(value: string, options: { remember: boolean }): void {
  token = value.trim() || undefined;
  try {
    if (options.remember && token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled; the in-memory token still works.
  }
  listeners.forEach((l) => l());
}

export function clearSessionToken(): void {
  token = undefined;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // See setSessionToken.
  }
  listeners.forEach((l) => l());
}

export function subscribeSessionToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
