import { afterEach, describe, expect, test } from "vitest";
import {
  appliedOffset,
  nextEstimate,
  NO_ESTIMATE,
  offsetSample,
} from "../../src/domain/serverClock";
import { noteServerDate, resetServerClock, serverNow } from "../../src/api/transport/serverClock";
import { timeInState } from "../../src/domain/timeInState";
import { formatRelative } from "../../src/domain/time";
import { readWorkspaceBody } from "../../src/coderd/bodies";
import { fixture } from "../fixtures";

afterEach(() => resetServerClock());

const HOUR = 3_600_000;
const T = Date.parse("2026-12-05T10:00:00Z");

describe("the server clock's estimate", () => {
  test("one answer's offset: its Date header minus the browser's clock when it arrived", () => {
    expect(offsetSample("Sat, 05 Dec 2026 10:00:00 GMT", T + 2 * HOUR)).toBe(-2 * HOUR);
    expect(offsetSample(undefined, T)).toBeUndefined();
    expect(offsetSample("yesterday-ish", T)).toBeUndefined();
  });

  test("the first sample is taken whole, later ones smoothed, a jump starts over", () => {
    let e = nextEstimate(NO_ESTIMATE, 10_000);
    expect(e.offsetMs).toBe(10_000);
    e = nextEstimate(e, 14_000);
    expect(e.offsetMs).toBe(11_000);
    e = nextEstimate(e, -2 * HOUR);
    expect(e).toEqual({ offsetMs: -2 * HOUR, samples: 1 });
  });

  test("a few seconds either way is noise: not applied", () => {
    expect(appliedOffset({ offsetMs: 4_000, samples: 3 })).toBe(0);
    expect(appliedOffset({ offsetMs: -3_200, samples: 3 })).toBe(0);
    expect(appliedOffset({ offsetMs: 7_400, samples: 3 })).toBe(7_000);
    expect(appliedOffset({ offsetMs: -2 * HOUR, samples: 1 })).toBe(-2 * HOUR);
  });
});

describe("durations on the server's clock", () => {
  const started = (at: number) => {
    const w = readWorkspaceBody(fixture("api-server"));
    const build = w.latest_build ?? {};
    return {
      ...w,
      latest_build: {
        ...build,
        status: "starting" as const,
        job: { ...build.job, started_at: new Date(at).toISOString() },
      },
    };
  };

  test("a browser 2 h ahead does not call a build that just started stuck", () => {
    const browserNow = T + 2 * HOUR;
    // Without the estimate, the browser's clock says two hours: past the 30 min threshold.
    expect(timeInState(started(T - 60_000), browserNow).stuck).toBe(true);
    noteServerDate(new Date(T).toUTCString(), browserNow);
    const now = serverNow() - (Date.now() - browserNow);
    const t = timeInState(started(T - 60_000), now);
    expect(t.stuck).toBe(false);
    expect(t.ms).toBe(60_000);
  });

  test("a server ahead: a workspace used a minute ago is not 'used in 1 h 59 min'", () => {
    const browserNow = T;
    const lastUsed = new Date(T + 2 * HOUR - 60_000);
    expect(formatRelative(lastUsed, browserNow)).toBe("in 1 h 59 min");
    noteServerDate(new Date(T + 2 * HOUR).toUTCString(), browserNow);
    const now = serverNow() - (Date.now() - browserNow);
    expect(formatRelative(lastUsed, now)).toBe("1 min ago");
  });

  test("a clock a second or two off is left alone", () => {
    noteServerDate(new Date(Date.now() + 2_000).toUTCString(), Date.now());
    expect(Math.abs(serverNow() - Date.now())).toBeLessThan(50);
  });
});
