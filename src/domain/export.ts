// The list as the user sees it (filtered and sorted), as CSV or JSON. Cells are server strings, so a
// spreadsheet must never read one as a formula (see csvCell), then RFC 4180 quoting.
import type { Workspace } from "../coderd/schemas";
import { knownCost } from "./cost";
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
  /** null when unknown (see cost.ts). */
  daily_cost: number | null;
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
      daily_cost: knownCost(w.latest_build?.daily_cost) ?? null,
      failure: failureLine(w),
    };
  });
}

// Characters a spreadsheet skips or does not show before a cell's first visible one: whitespace (NBSP,
// the BOM and the other Unicode spaces are in \s), zero-width and bidi controls, other C0 controls.
const LEADING_INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /^[\s\u0000-\u001f\u007f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+/;
/** What starts a formula, with the full-width forms some spreadsheets read the same way. */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
// eslint-disable-next-line no-control-regex
const CONTROL_START = /^[\u0000-\u001f]/;
/** Cells with these are quoted: the separators of every locale (`,` `;` TAB), line breaks, quotes. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

export interface CsvOptions {
  /** For the clipboard: a TAB starts a new cell when pasted, so tabs become spaces. */
  tabsAsSpaces?: boolean;
}

/**
 * A cell a spreadsheet shows as text (OWASP's CSV-injection rule): a value whose first character is a
 * control (TAB, CR…), or whose first visible one after whitespace and invisible characters starts a
 * formula (= + - @ or their full-width forms), gets a leading apostrophe; then it is quoted if it
 * holds a separator, a line break, a quote, or leading or trailing whitespace.
 */
export function csvCell(value: string | number | boolean | null, options: CsvOptions = {}): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = options.tabsAsSpaces ? value.replace(/\t/g, " ") : value;
  const visible = text.replace(LEADING_INVISIBLE, "");
  const formula = CONTROL_START.test(text) || FORMULA_START.test(visible);
  const safe = formula ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: a header line, CRLF between records. */
export function toCsv(rows: ExportRow[], options: CsvOptions = {}): string {
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const row of rows) {
    lines.push(EXPORT_COLUMNS.map((c) => csvCell(row[c], options)).join(","));
  }
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
