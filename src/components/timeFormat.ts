import { useSyncExternalStore } from "react";

// Relative ("5 min ago") or exact times, the user's choice for the whole app. Exact times were only in
// hover titles, which touch screens and keyboards never reach. Kept in localStorage: a display
// preference, nothing sensitive.
export type TimeFormat = "relative" | "exact";
const KEY = "coder-dashboard.times";
const listeners = new Set<() => void>();

function read(): TimeFormat {
  try {
    return localStorage.getItem(KEY) === "exact" ? "exact" : "relative";
  } catch {
    return "relative";
  }
}

let current: TimeFormat = typeof localStorage === "undefined" ? "relative" : read();

export function setTimeFormat(next: TimeFormat): void {
  current = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage can be disabled; the choice still holds for this page.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTimeFormat(): TimeFormat {
  return useSyncExternalStore(subscribe, () => current);
}
