import { addTrendSample, parseTrend, serializeTrend, type TrendSample } from "../domain/fleetTrend";

// The day's trend in localStorage, one history per backend (the API is the page's own origin). Only
// counts and times go there (domain/fleetTrend.ts): never a name, an id or the session token.
// Storage that is missing, full, disabled or holds junk costs the history, never the page.

const PREFIX = "coder-dashboard.fleet-trend@";

export function trendKey(origin: string): string {
  return PREFIX + origin;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readRaw(key: string, store: Storage | undefined): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The stored samples of the day before `now` (none when storage can't be read). */
export function readTrend(key: string, now: number, store = storage()): TrendSample[] {
  return parseTrend(readRaw(key, store), now);
}

const listeners = new Set<() => void>();
/** What this page last wrote, for when storage refuses it (the trend then lasts for the page). */
const unsaved = new Map<string, TrendSample[]>();

/**
 * Adds `sample` (unless the last stored one is under `minGapMs` old), prunes, writes back, and
 * returns the day's samples. Read fresh each time: another tab on the same backend may have written.
 */
export function recordTrend(
  key: string,
  sample: TrendSample,
  minGapMs: number,
  store = storage(),
): TrendSample[] {
  const before = unsaved.get(key) ?? readTrend(key, sample.at, store);
  const samples = addTrendSample(before, sample, minGapMs);
  try {
    store?.setItem(key, serializeTrend(samples));
    unsaved.delete(key);
  } catch {
    // A full quota or private mode: the trend lasts for this page only.
    unsaved.set(key, samples);
  }
  listeners.forEach((l) => l());
  return samples;
}

export function subscribeTrend(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const parsed = new Map<string, { raw: string | null; samples: TrendSample[] }>();

/**
 * The samples in storage now, the same array while the stored text is the same (a snapshot for
 * useSyncExternalStore); pruned to the day before the moment they were first read.
 */
export function trendSnapshot(key: string, store = storage()): TrendSample[] {
  const pending = unsaved.get(key);
  if (pending) return pending;
  const raw = readRaw(key, store);
  const cached = parsed.get(key);
  if (cached && cached.raw === raw) return cached.samples;
  const samples = parseTrend(raw, Date.now());
  parsed.set(key, { raw, samples });
  return samples;
}
