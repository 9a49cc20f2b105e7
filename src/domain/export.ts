// The list as the user sees it (filtered and sorted), as CSV or JSON. Cells are server strings, so a
// spreadsheet must never read one as a formula: text starting with = + - @ or a control character
// gets a leading apostrophe (OWASP's CSV-injection advice), then RFC 4180 quoting.
import type { Workspace } from "../coderd/schemas";
import { templateLabel } from "./listView";
import { workspaceHealth } from "./health";
import { workspaceStatus } from "./status";
import { parseTime } from "./time";
import { DEFAULT_THRESHOLDS, failureLine, timeInState, type Thresholds } from "./timeInState";
import { formatDuration } from "./time";

export interface ExportRow {
  name: string;
  owner: string;
  template: string;
  status: string;
  /** healthy | unhealthy | "" (not running, or no agents): the list's Unhealthy marker */
  health: string;
  /** "9 h", "" when the timestamps don't say. */
  time_in_state: string;
  /** Seconds in the current state, for sorting in a spreadsheet; null when unknown. */
  time_in_state_seconds: number | null;
  /** RFC 3339, or "" when never used. */
  last_used: string;
  outdated: boolean;
  daily_cost: number;
  /** First line of the failed job's error, with its error code. */
  failure: string;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  "name",
  "owner",
  "template",
  "status",
  "health",
  "time_in_state",
  "time_in_state_seconds",
  "last_used",
  "outdated",
  "daily_cost",
  "failure",
];

export function exportRows(
  list: Workspace[],
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ExportRow[] {
  return list.map((w) => {
    const t = timeInState(w, now, thresholds);
    const healthy = workspaceHealth(w);
    return {
      name: w.name ?? "",
      owner: w.owner_name ?? "",
      template: templateLabel(w),
      status: workspaceStatus(w.latest_build?.status).label + (t.stuck ? " (stuck)" : ""),
      health: healthy === true ? "healthy" : healthy === false ? "unhealthy" : "",
      time_in_state: t.since ? formatDuration(t.ms) : "",
      time_in_state_seconds: t.since ? Math.floor(t.ms / 1000) : null,
      last_used: parseTime(w.last_used_at)?.toISOString() ?? "",
      outdated: w.outdated === true,
      daily_cost: w.latest_build?.daily_cost ?? 0,
      failure: failureLine(w),
    };
  });
}

/** A cell a spreadsheet shows as text: formula-looking strings neutralised, then quoted if needed. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  // eslint-disable-next-line no-control-regex
  const safe = /^[=+\-@\t\r\n\u0000-\u001f]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: a header line, CRLF between records. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function toJson(rows: ExportRow[]): string {
  return JSON.stringify(rows, null, 2) + "\n";
}

// Parameters that describe how the list is shown, not which workspaces it holds.
const VIEW_PARAMS = new Set(["sort", "dir", "page", "group"]);

/**
 * A file name that says what was exported: the `q` filter when there is one, else the other filter
 * parameters, e.g. "workspaces-status-failed-owner-bob". No filter: "workspaces-all".
 */
export function exportBaseName(search: string): string {
  const params = new URLSearchParams(search);
  const q = params.get("q");
  const words =
    q !== null
      ? q
      : [...params]
          .filter(([key]) => !VIEW_PARAMS.has(key) && !key.startsWith("stuck_"))
          .map(([key, value]) => `${key} ${value}`)
          .join(" ");
  const slug = words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug ? `workspaces-${slug}` : "workspaces-all";
}
