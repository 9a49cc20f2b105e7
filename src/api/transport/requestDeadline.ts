// Every request has a deadline. A hung request would otherwise keep its query "fetching" for good, and
// TanStack Query sends no further poll while one is in flight: the deadline is what frees it.
import type {
  QueryFunction,
  QueryFunctionContext,
  QueryKey,
  SkipToken,
} from "@tanstack/react-query";
import { formatDuration } from "../../domain/time";

/** Signals that already carry a deadline, so the client doesn't add its default on top. */
const withDeadline = new WeakSet<AbortSignal>();

export function hasDeadline(signal: AbortSignal | undefined): boolean {
  return signal !== undefined && withDeadline.has(signal);
}

/**
 * A signal that aborts with `parent`, or after `ms` with a "TimeoutError" reason (so the request can
 * tell a deadline from a cancel). `clear` stops the timer once the request is done.
 */
export function deadlineSignal(
  parent: AbortSignal | undefined,
  ms: number,
): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });
  const timer = setTimeout(() => {
    controller.abort(
      new DOMException(`The server did not answer within ${formatDuration(ms)}.`, "TimeoutError"),
    );
  }, ms);
  withDeadline.add(controller.signal);
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onParentAbort);
    },
  };
}

/** `fetch` run with a signal that also aborts after `ms` (see deadlineSignal). */
export async function runWithDeadline<T>(
  signal: AbortSignal | undefined,
  ms: number,
  fetch: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = deadlineSignal(signal, ms);
  try {
    return await fetch(deadline.signal);
  } finally {
    deadline.clear();
  }
}

/** `queryFn` run under a deadline of `ms(context)` milliseconds. */
export function queryWithDeadline<T, K extends QueryKey>(
  queryFn: QueryFunction<T, K> | SkipToken | undefined,
  ms: (context: QueryFunctionContext<K>) => number,
): QueryFunction<T, K> {
  return async (context) => {
    if (typeof queryFn !== "function") throw new Error("This query has no query function.");
    return runWithDeadline(context.signal, ms(context), async (signal) =>
      queryFn({ ...context, signal }),
    );
  };
}
