// Work over a whole fleet on the page's main thread, done a slice at a time: at 50,000 rows a pass
// in one go holds the page for hundreds of milliseconds; in slices the page paints and answers
// clicks between them.
import type { Workspace } from "../coderd/schemas";

export interface SlicedBuild<T> {
  /**
   * Reads rows while `more()` says to go on (asked every few hundred rows); the result once every
   * row has been read, else undefined and the next call goes on where this one stopped.
   */
  advance(more: () => boolean): T | undefined;
}

/** Rows read between two questions to `more()`: a few milliseconds' work at most. */
const STRIDE = 256;

/** A build that hands each row of `list` to `add`, then returns `finish()` (computed once). */
export function slicedRows<T>(
  list: readonly Workspace[],
  add: (w: Workspace) => void,
  finish: () => T,
): SlicedBuild<T> {
  let next = 0;
  let done: { value: T } | undefined;
  return {
    advance(more) {
      while (!done && next < list.length) {
        const w = list[next];
        next += 1;
        if (w) add(w);
        if (next % STRIDE === 0 && !more()) return undefined;
      }
      done ??= { value: finish() };
      return done.value;
    },
  };
}

/** The build's result, read in one go (tests, small fleets). */
export function buildAtOnce<T>(build: SlicedBuild<T>): T {
  for (;;) {
    const value = build.advance(() => true);
    if (value !== undefined) return value;
  }
}

/** `build` with its result passed through `f` (once). */
export function mapBuild<T, U>(build: SlicedBuild<T>, f: (value: T) => U): SlicedBuild<U> {
  let done: { value: U } | undefined;
  return {
    advance(more) {
      if (done) return done.value;
      const value = build.advance(more);
      if (value === undefined) return undefined;
      done = { value: f(value) };
      return done.value;
    },
  };
}
