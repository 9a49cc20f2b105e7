import { useEffect, useMemo, useState } from "react";
import { afterNextPaint } from "../../api/list/afterNextPaint";

/** Rows added in each pass after the first: a few milliseconds of render, style and layout. */
const STEP = 10;
const MIN_FIRST = 6;

/** Enough rows to fill the window, at the least height a row takes at this width. */
function firstScreen(): number {
  // Phones stack a row's owner, template and state under its name (two lines at the least).
  const rowPx = window.innerWidth < 600 ? 96 : 48;
  return Math.max(MIN_FIRST, Math.ceil(window.innerHeight / rowPx));
}

/**
 * A new set of rows (the list's first, a new filter's, sort's or page's, named by `setKey`; undefined
 * while the rows on screen are a previous set's) renders what a window can show first, then the rest
 * a few rows at a time, each after the previous is painted. The user is waiting for the rows at the
 * top; a page of 50 is three to ten screens, and its rows' render, style and layout in one go were
 * most of the time from the answer to the rows painted, and one long task. Ordinary updates, not a
 * transition: a page that updates every second (clocks, chunks, polls) would keep putting a deferred
 * pass off. Refreshes of the same set render in full: rows never go away under a user who has
 * scrolled down.
 */
export function useFirstScreenFirst<T>(
  rows: readonly T[] | undefined,
  setKey: string | undefined,
): readonly T[] | undefined {
  const [seen, setSeen] = useState<{ key: string | undefined; sets: number }>({
    key: undefined,
    sets: 0,
  });
  const [upTo, setUpTo] = useState({ sets: 0, rows: Infinity });
  let sets = seen.sets;
  if (setKey !== undefined && setKey !== seen.key) {
    sets += 1;
    setSeen({ key: setKey, sets });
  }
  const limit = upTo.sets === sets ? upTo.rows : firstScreen();
  const total = rows?.length ?? 0;
  const more = total > limit;
  useEffect(() => {
    if (!more) return;
    let cancelled = false;
    // After these rows are painted, not before.
    void afterNextPaint().then(() => {
      if (!cancelled) setUpTo({ sets, rows: limit + STEP >= total ? Infinity : limit + STEP });
    });
    return () => {
      cancelled = true;
    };
  }, [more, sets, limit, total]);
  return useMemo(() => (more && rows ? rows.slice(0, limit) : rows), [rows, more, limit]);
}
