import { useCallback, useEffect, useRef } from "react";
import { useSearchParams } from "react-router";

type Update = (prev: URLSearchParams) => URLSearchParams;

/**
 * The page's search params plus an updater whose edits queue: React Router hands a functional
 * update the params of the last render, so two quick edits (a field's blur, then a select) would
 * otherwise compute from the same stale params and the first would be lost.
 */
export function useUrlState(): [URLSearchParams, (update: Update) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const latest = useRef(searchParams);
  useEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);
  const update = useCallback(
    (fn: Update) => {
      const next = fn(latest.current);
      latest.current = next;
      setSearchParams(next);
    },
    [setSearchParams],
  );
  return [searchParams, update];
}
