// The list as the user sees it (filtered and sorted), as CSV or JSON. Cells are server strings, so a
// spreadsheet must never read one as a formula (see csvCell), then RFC 4180 quoting.
import type { Workspace } from "../coderd/schemas";
import { knownCost } from "./cost";
import { workspacePageUrl } from "./dashboardLinks";
import { templateLabel } from "./listView";
import { workspaceHealth } from "./health";
import { parseTime } from "./time";
import { PROBLEM_LABELS, problemsOf } from "./triage";
import {
  DEFAULT_THRESHOLDS,
  failureLine,
  stateDuration,
  timeInState,
  type Thresholds,
} from "./timeInState";

export interface ExportRow {
  /** coderd's id of the workspace ("" when it sent none). */
  id: string;
  name: string;
  /** This workspace's page in this dashboard, absolute; "" without an id. */
  url: string;
  owner: string;
  template: string;
  /** coderd's status word for the latest build, as sent ("running", "stopping"…); nothing added. */
  status: string;
  /** healthy | unhealthy | "" (not running, or no agents): the list's Unhealthy marker */
  health: string;
  /** What Needs attention lists it under, most severe first: "Stuck; Must update"; "" for none. */
  triage: string;
  /** "9 h", as the list shows it at the same moment; "" when the timestamps don't say. */
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
  "id",
  "name",
  "url",
  "owner",
  "template",
  "status",
  "health",
  "triage",
  "time_in_state",
  "time_in_state_seconds",
  "last_used",
  "outdated",
  "daily_cost",
  "failure",
];

export interface ExportContext {
  /** The moment the list's durations were drawn for (its clock), so the file says what it said. */
  now: number;
  thresholds?: Thresholds;
  /** The dashboard's root as the browser has it, for the url column. */
  appRoot: string;
}

/** The list as shown, row for row, in the dashboard's words and coderd's status. */
export function exportRows(list: Workspace[], context: ExportContext): ExportRow[] {
  const { now, appRoot } = context;
  const thresholds = context.thresholds ?? DEFAULT_THRESHOLDS;
  return list.map((w) => {
    const t = timeInState(w, now, thresholds);
    const healthy = workspaceHealth(w);
    const kinds = [...new Set(problemsOf(w, now, thresholds).map((p) => PROBLEM_LABELS[p.kind]))];
    return {
      id: w.id ?? "",
      name: w.name ?? "",
      url: w.id ? workspacePageUrl(appRoot, w.id) : "",
      owner: w.owner_name ?? "",
      template: templateLabel(w),
      status: w.latest_build?.status ?? "",
      health: healthy === true ? "healthy" : healthy === false ? "unhealthy" : "",
      triage: kinds.join("; "),
      time_in_state: stateDuration(t),
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
