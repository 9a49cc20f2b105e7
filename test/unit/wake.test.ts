import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { AWAY_REFRESH_AFTER_MS, SLEEP_GAP_MS, WAKE_CHECK_MS } from "../../src/api/polling";
import { watchForWake } from "../../src/api/wake";

const HOUR = 3_600_000;
let visibility: DocumentVisibilityState = "visible";

function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
}

beforeEach(() => {
  visibility = "visible";
  vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility);
  vi.useFakeTimers({ now: Date.parse("2026-12-05T09:00:00Z") });
});
afterEach(() => vi.useRealTimers());

describe("telling a sleep or a long absence", () => {
  test("a tab hidden for an hour tells how long on its return", () => {
    const onWake = vi.fn();
    const stop = watchForWake(onWake);
    setVisibility("hidden");
    vi.advanceTimersByTime(HOUR);
    expect(onWake).not.toHaveBeenCalled();
    setVisibility("visible");
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(onWake).toHaveBeenCalledWith(HOUR);
    stop();
  });

  test("a short look at another tab is no absence", () => {
    const onWake = vi.fn();
    const stop = watchForWake(onWake);
    setVisibility("hidden");
    vi.advanceTimersByTime(AWAY_REFRESH_AFTER_MS - 1_000);
    setVisibility("visible");
    vi.advanceTimersByTime(5 * WAKE_CHECK_MS);
    expect(onWake).not.toHaveBeenCalled();
    stop();
  });

  test("a sleep with the tab on screen: the clock jumps and the next check comes late", () => {
    const onWake = vi.fn();
    const stop = watchForWake(onWake);
    vi.advanceTimersByTime(3 * WAKE_CHECK_MS);
    expect(onWake).not.toHaveBeenCalled();
    // The machine sleeps: the wall clock moves on, no timer runs until it wakes.
    vi.setSystemTime(Date.now() + HOUR);
    vi.advanceTimersByTime(WAKE_CHECK_MS);
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(onWake.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(HOUR);
    stop();
  });

  test("a check a few seconds late (a busy page) is no sleep", () => {
    const onWake = vi.fn();
    const stop = watchForWake(onWake);
    vi.setSystemTime(Date.now() + SLEEP_GAP_MS - 5_000);
    vi.advanceTimersByTime(WAKE_CHECK_MS);
    expect(onWake).not.toHaveBeenCalled();
    stop();
  });

  test("stopped, it tells nothing", () => {
    const onWake = vi.fn();
    watchForWake(onWake)();
    setVisibility("hidden");
    vi.advanceTimersByTime(HOUR);
    setVisibility("visible");
    vi.setSystemTime(Date.now() + HOUR);
    vi.advanceTimersByTime(WAKE_CHECK_MS);
    expect(onWake).not.toHaveBeenCalled();
  });
});
