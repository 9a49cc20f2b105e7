import { configure } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

/**
 * For a test file over crafted fleets at `now`: only Date is faked (timers stay real for MSW, React
 * Query and user-event), and role queries over a whole page get the time they take on the shared
 * 2-core machine.
 */
export function fixTheClock(now: number): void {
  vi.setConfig({ testTimeout: 45_000 });
  configure({ asyncUtilTimeout: 10_000 });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
