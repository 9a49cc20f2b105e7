const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Parses an API timestamp; the zero time ("0001-01-01...") and junk give undefined. */
export function parseTime(value: string | undefined | null): Date | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms) || new Date(ms).getUTCFullYear() <= 1) return undefined;
  return new Date(ms);
}

/** "3 min", "2 h 13 min", "4 d 2 h": a compact duration. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.max(0, Math.round(abs / SECOND))} s`;
  if (abs < HOUR) return `${Math.floor(abs / MINUTE)} min`;
  if (abs < DAY) {
    const h = Math.floor(abs / HOUR);
    const m = Math.floor((abs % HOUR) / MINUTE);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** "5 min ago", "in 2 h", "just now". */
export function formatRelative(date: Date, now: number): string {
  const diff = date.getTime() - now;
  if (Math.abs(diff) < 45 * SECOND) return "just now";
  return diff < 0 ? `${formatDuration(diff)} ago` : `in ${formatDuration(diff)}`;
}

/** An Intl formatter made on first use: making one loads locale data, which start-up needn't pay. */
function lazyFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (date) => (format ??= new Intl.DateTimeFormat(undefined, options)).format(date);
}

const exact = lazyFormat({ dateStyle: "medium", timeStyle: "medium" });

export function formatExact(date: Date): string {
  return exact(date);
}

/** "just now", "12 s ago", "3 min ago": how old the data on screen is. */
export function formatAge(ageMs: number): string {
  return ageMs < 5_000 ? "just now" : `${formatDuration(ageMs)} ago`;
}

const clock = lazyFormat({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const day = lazyFormat({ dateStyle: "medium" });

/** "09:12" today, "yesterday 14:05", else "4 Dec 2026, 09:12": on the browser's clock and zone. */
export function formatTimeOfDay(ms: number, now: number = Date.now()): string {
  const at = new Date(ms);
  const time = clock(at);
  if (at.toDateString() === new Date(now).toDateString()) return time;
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  return at.toDateString() === yesterday.toDateString()
    ? `yesterday ${time}`
    : `${day(at)}, ${time}`;
}
