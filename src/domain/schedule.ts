import type { Workspace } from "../coderd/schemas";
import { deadlineOf } from "./buildDeadline";
import { formatDuration, parseTime } from "./time";

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

const when = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

const date = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A date far enough away to need its year: "Dec 28, 2026, 10:00 AM". */
export function formatDate(d: Date): string {
  return date.format(d);
}

export interface TimeWords {
  text: string;
  date: Date;
}

/**
 * Coder's rule for "on": the latest build is a start whose job succeeded, and the workspace runs. Only
 * then does the build's deadline count down; coderd often leaves `deadline` set on stopped, failed,
 * canceled or pending builds, where it means nothing.
 */
export function isWorkspaceOn(w: Workspace): boolean {
  const build = w.latest_build;
  return (
    build?.transition === "start" && build.job?.status === "succeeded" && build.status === "running"
  );
}

/**
 * When the workspace stops, as Coder says it: while it is on, the deadline counting down ("Stops in
 * 2 h", either deadline shape); otherwise the autostop delay a start would get ("Stops 8 h after
 * start"), or that nothing stops it.
 */
export function autostopInWords(w: Workspace, now: number): TimeWords | string {
  const date = isWorkspaceOn(w) ? deadlineOf(w.latest_build?.deadline) : undefined;
  if (!date) return ttlInWords(w.ttl_ms) ?? "No automatic stop";
  const diff = date.getTime() - now;
  const text =
    diff > 0 ? `Stops in ${formatDuration(diff)}` : `Deadline passed ${formatDuration(diff)} ago`;
  return { text, date };
}

/**
 * `max_deadline`: the latest a running workspace may run, whatever activity bumps its deadline.
 * Only meaningful while the workspace runs; old servers do not send it.
 */
export function maxDeadlineInWords(
  raw: string | undefined,
  workspaceStatus: string | undefined,
  now: number,
): TimeWords | undefined {
  const date = parseTime(raw);
  if (!date || (workspaceStatus !== "running" && workspaceStatus !== "starting")) return undefined;
  const diff = date.getTime() - now;
  const text =
    diff > 0
      ? `Must stop by ${when.format(date)} (in ${formatDuration(diff)})`
      : `Had to stop by ${when.format(date)}`;
  return { text, date };
}

/** `next_start_at`: when autostart will next start the workspace. */
export function nextStartInWords(raw: string | undefined, now: number): TimeWords | undefined {
  const date = parseTime(raw);
  if (!date) return undefined;
  const diff = date.getTime() - now;
  const text =
    diff > 0
      ? `Next start ${when.format(date)} (in ${formatDuration(diff)})`
      : `Next start was due ${when.format(date)}`;
  return { text, date };
}
