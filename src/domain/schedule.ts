import { formatDuration } from "./time";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function expandDays(field: string): number[] | undefined {
  if (field === "*") return [0, 1, 2, 3, 4, 5, 6];
  const days = new Set<number>();
  for (const part of field.split(",")) {
    const range = /^(\d)(?:-(\d))?$/.exec(part);
    if (!range) return undefined;
    const from = Number(range[1]);
    const to = range[2] !== undefined ? Number(range[2]) : from;
    for (let d = from; d <= to; d++) days.add(d % 7);
  }
  return [...days].sort((a, b) => a - b);
}

function daysInWords(days: number[]): string {
  const key = days.join(",");
  if (key === "0,1,2,3,4,5,6") return "Every day";
  if (key === "1,2,3,4,5") return "Weekdays";
  if (key === "0,6") return "Weekends";
  if (days.length === 1) return `${DAYS[days[0] ?? 0]}s`;
  return days.map((d) => SHORT[d]).join(", ");
}

/**
 * A Coder autostart schedule in words: "CRON_TZ=US/Central 30 9 * * 1-5" -> "Weekdays at 09:30,
 * US/Central". Anything it can't read comes back verbatim, so nothing is hidden.
 */
export function scheduleInWords(cron: string | undefined): string | undefined {
  const text = cron?.trim();
  if (!text) return undefined;
  const tz = /^CRON_TZ=(\S+)\s+/.exec(text);
  const fields = (tz ? text.slice(tz[0].length) : text).split(/\s+/);
  const [min, hour, dom, month, dow] = fields;
  if (fields.length !== 5 || !min || !hour || !dow || dom !== "*" || month !== "*") return text;
  if (!/^\d{1,2}$/.test(min) || !/^\d{1,2}$/.test(hour)) return text;
  const days = expandDays(dow);
  if (!days) return text;
  const time = `${hour.padStart(2, "0")}:${min.padStart(2, "0")}`;
  return `${daysInWords(days)} at ${time}${tz ? `, ${tz[1]}` : " (server time zone)"}`;
}

export function ttlInWords(ttlMs: number | undefined): string | undefined {
  if (!ttlMs || ttlMs <= 0) return undefined;
  return `Stops ${formatDuration(ttlMs)} after start`;
}
