// coderd's `daily_cost` is an integer count of quota credits. A value no quota could hold (not a
// finite number, below zero, or absurdly large) is unknown: shown as "—" with why, left out of totals
// (which say how many were left out), never printed digit by digit or summed into "∞".
import { countOf } from "./words.js";

/** Above this a daily cost is taken as a server's mistake, not a price. */
export const MAX_DAILY_COST = 1e9;

/**
 * The cost when it is one, undefined when unknown. coderd always sends the field: a missing one is
 * one the reader dropped (not a finite number, e.g. `1e999`), so unknown too.
 */
export function knownCost(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= MAX_DAILY_COST
    ? value
    : undefined;
}

/** Why a cost shows as "—" (for a title). */
export function unknownCostWhy(value: number | undefined): string {
  if (value === undefined) return "Unknown: coderd sent no usable daily cost";
  const shown = Math.abs(value) >= 1e6 ? value.toExponential(2) : String(value);
  return `Unknown: coderd sent ${shown}, which is not a daily cost in credits`;
}

/** "1,234 credits", "1 credit". */
export function creditsText(n: number): string {
  return countOf(n, "credit");
}
