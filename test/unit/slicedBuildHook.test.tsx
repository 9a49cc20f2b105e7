// A build run in slices: while a newer one runs, the last whole result stays, marked as not the
// newest build's, and a result never comes from part of a build.
import { act, renderHook, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import { useSlicedBuild } from "../../src/components/useSlicedBuild";
import type { SlicedBuild } from "../../src/domain/slicedBuild";

/** A build that needs `slices` calls of advance before it is done with `value`. */
function slow(value: string, slices: number): SlicedBuild<string> & { calls: () => number } {
  let calls = 0;
  return {
    advance: () => ((calls += 1) >= slices ? value : undefined),
    calls: () => calls,
  };
}

test("a small build is shown at once; a slow one keeps the last whole result until it is done", async () => {
  const first = slow("first", 1);
  const { result, rerender } = renderHook(({ build }) => useSlicedBuild(build), {
    initialProps: { build: first },
  });
  expect(result.current).toEqual({ value: "first", current: true });

  const second = slow("second", 4);
  rerender({ build: second });
  expect(result.current).toEqual({ value: "first", current: false });
  await waitFor(() => expect(result.current).toEqual({ value: "second", current: true }));
  expect(second.calls()).toBe(4);
});

test("a build replaced before it is done is dropped: its slices stop", async () => {
  const first = slow("first", 1);
  const { result, rerender } = renderHook(({ build }) => useSlicedBuild(build), {
    initialProps: { build: first },
  });
  const dropped = slow("dropped", 1_000);
  rerender({ build: dropped });
  const last = slow("last", 3);
  rerender({ build: last });
  await waitFor(() => expect(result.current).toEqual({ value: "last", current: true }));
  const calls = dropped.calls();
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(dropped.calls()).toBe(calls);
});
