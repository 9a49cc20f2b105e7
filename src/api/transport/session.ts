// The session token lives in memory; only when the user asks is it copied to sessionStorage (this tab).
// It is never written to localStorage, a URL or a log.
import { discardEarlyResponse } from "./earlyResponse";
import { SESSION_TOKEN_STORAGE_KEY as STORAGE_KEY } from "./sessionKey";

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

export interface SessionState {
  /** A token the user entered in this browser (not one a dev proxy adds). */
  hasToken: boolean;
  /** The server answered 401: the user must sign in. Holds coderd's message. */
  signInRequired: string | undefined;
}

let state: SessionState = { hasToken: token !== undefined, signInRequired: undefined };

function update(next: Partial<SessionState>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export function getSessionState(): SessionState {
  return state;
}

export function getSessionToken(): string | undefined {
  return token;
}

/** Called by the API client on a 401. */
export function markSignInRequired(message: string): void {
  if (state.signInRequired !== message) update({ signInRequired: message });
}

/**
 * Why `value` cannot be a session token, or undefined when it can. coderd's tokens are printable
 * ASCII (`<id>-<secret>`, letters and digits); anything else cannot even go in a header: fetch throws
 * before sending, which would read as "Could not reach the server".
 */
export function tokenProblem(value: string): string | undefined {
  const token = value.trim();
  if (!token) return "Paste a session token.";
  const bad = /[^\x21-\x7e]/.exec(token);
  if (bad) {
    const what = /\s/.test(bad[0]) ? "a space" : "a character that is not plain ASCII";
    return `This is not a session token: it has ${what} at position ${bad.index + 1}. A token has only letters, digits and a dash (from \`coder tokens create\`). Copy it again.`;
  }
  return undefined;
}

/**
 * A token this browser holds but cannot send (remembered from an older version, or set some other
 * way) is dropped, and the user asked to sign in again, rather than every request failing.
 */
export function dropUnsendableToken(): void {
  if (token === undefined || tokenProblem(token) === undefined) return;
  token = undefined;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // See setSessionToken.
  }
  update({
    hasToken: false,
    signInRequired:
      "The saved session token cannot be sent (it has characters a token never has). Sign in again.",
  });
}

export function setSessionToken(value: string, options: { remember: boolean }): void {
  token = value.trim() || undefined;
  try {
    if (options.remember && token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled; the in-memory token still works.
  }
  // The early list request went out without this token: its answer is not this user's.
  discardEarlyResponse();
  update({ hasToken: token !== undefined, signInRequired: undefined });
}

export function clearSessionToken(): void {
  token = undefined;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // See setSessionToken.
  }
  // Whatever the early list request got (a 401, data read with cookies) must not show after this.
  discardEarlyResponse();
  update({ hasToken: false });
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
