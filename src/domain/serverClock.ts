// Durations of server timestamps ("Starting for 3 min", "last used 5 min ago") are measured against
// the server's clock, estimated from its `Date` header: a browser whose clock is off by hours would
// otherwise call a build that just started "stuck", or a workspace used a minute ago "used in 2 h".

/** The server's clock minus the browser's (ms), as estimated so far. */
export interface ClockEstimate {
  offsetMs: number;
  samples: number;
}

export const NO_ESTIMATE: ClockEstimate = { offsetMs: 0, samples: 0 };

/**
 * Offsets smaller than this are not applied: `Date` has whole seconds and the answer spent time on the
 * wire, so a few seconds either way is noise, not a wrong clock.
 */
export const MEANINGFUL_OFFSET_MS = 5_000;
/** Each new sample moves the estimate this far towards it: one late answer doesn't shake it. */
const SMOOTHING = 0.25;
/** A sample this far from the estimate means a clock was set (or the machine woke): start over. */
const JUMP_MS = 5 * 60_000;

/**
 * The offset one answer shows: its `Date` header (the server's clock when it answered) minus the
 * browser's clock when it arrived. Undefined without a readable header.
 */
export function offsetSample(dateHeader: string | null | undefined, receivedAt: number) {
  if (!dateHeader) return undefined;
  const serverAt = Date.parse(dateHeader);
  return Number.isFinite(serverAt) ? serverAt - receivedAt : undefined;
}

/** The estimate after one more sample: smoothed, or taken whole at the first one and after a jump. */
export function nextEstimate(estimate: ClockEstimate, sampleMs: number): ClockEstimate {
  if (estimate.samples === 0 || Math.abs(sampleMs - estimate.offsetMs) > JUMP_MS) {
    return { offsetMs: sampleMs, samples: 1 };
  }
  return {
    offsetMs: estimate.offsetMs + SMOOTHING * (sampleMs - estimate.offsetMs),
    samples: estimate.samples + 1,
  };
}

/** The offset durations use: the estimate when it is meaningful, else none (rounded to a second). */
export function appliedOffset(estimate: ClockEstimate): number {
  return Math.abs(estimate.offsetMs) > MEANINGFUL_OFFSET_MS
    ? Math.round(estimate.offsetMs / 1000) * 1000
    : 0;
}
