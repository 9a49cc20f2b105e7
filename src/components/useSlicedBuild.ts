import { useLayoutEffect, useState } from "react";
import type { SlicedBuild } from "../domain/slicedBuild";

/**
 * The longest a slice of a build may hold the page, in ms: a long task is 50, and on a phone's
 * slower CPU (Lighthouse counts 4× this machine's time) a 12 ms slice still stays under it.
 */
const SLICE_MS = 12;

export interface SlicedResult<T> {
  /** The last build's result that was done; undefined until the first one is. */
  value: T | undefined;
  /** `value` is `build`'s own, not a previous build's kept while `build` runs. */
  current: boolean;
}

/**
 * Runs `build` in slices between which the page paints and answers clicks: a fleet of 50,000
 * loading in chunks (and read afresh each minute, when durations move) never holds the page for
 * long. Until a new build is done the last whole result stays, so what is shown always comes from
 * one build: every count still equals its rows. Give a new build (useMemo) when its inputs change.
 */
export function useSlicedBuild<T>(build: SlicedBuild<T> | undefined): SlicedResult<T> {
  const [shown, setShown] = useState<{ build: SlicedBuild<T>; value: T } | undefined>(undefined);
  // A layout effect: the first slice (all of a small or already-read fleet) is drawn in the same
  // frame as the rows it came with, never after a frame of "loading".
  useLayoutEffect(() => {
    if (!build) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      const done = build.advance(() => performance.now() < end);
      if (done !== undefined) setShown({ build, value: done });
      else timer = setTimeout(slice, 0);
    };
    slice();
    return () => clearTimeout(timer);
  }, [build]);
  return { value: shown?.value, current: shown !== undefined && shown.build === build };
}
