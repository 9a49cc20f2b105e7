import { useCallback, useState } from "react";

// A per-browser choice (a panel folded or open) in localStorage. Only such choices go there: never a
// token or anything read from the server.
function read(key: string, fallback: boolean): boolean {
  try {
    const v = window.localStorage.getItem(key);
    return v === "1" ? true : v === "0" ? false : fallback;
  } catch {
    return fallback;
  }
}

/** A boolean remembered for this browser under `key`; storage failures just forget it. */
export function useStoredFlag(key: string, fallback: boolean): [boolean, (next: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, next ? "1" : "0");
      } catch {
        // Private mode or a full quota: the choice lasts for this page only.
      }
    },
    [key],
  );
  return [value, set];
}
