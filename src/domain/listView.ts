import { knownCost } from "./cost.js";
import type { Workspace } from "../coderd/schemas";
import { parseTime } from "./time.js";
import {
  DEFAULT_THRESHOLDS,
  statusSeverity,
  thresholdsFromSearchParams,
  timeInState,
  type Thresholds,
} from "./timeInState.js";

export const PAGE_SIZE = 50;

export const SORT_KEYS = [
  "name",
  "owner",
  "template",
  "status",
  "state",
  "build",
  "last_used",
  "cost",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Each sortable column's heading, as the table and the sort's notes name it. */
export const SORT_LABELS: Record<SortKey, string> = {
  name: "Name",
  owner: "Owner",
  template: "Template",
  status: "Status",
  state: "In state",
  build: "Latest build",
  last_used: "Last used",
  cost: "Daily cost",
};
export type SortDir = "asc" | "desc";

export interface ListView {
  /** undefined keeps the server's order (last used, newest first). */
  sort: SortKey | undefined;
  dir: SortDir;
  page: number;
  /** `?group=owner|template`: rollups instead of rows. */
  group: GroupBy | undefined;
  /** `?stuck_<state>=10m`: when an in-progress state counts as stuck. */
  thresholds: Thresholds;
}

export const GROUP_KEYS = ["owner", "template"] as const;
export type GroupBy = (typeof GROUP_KEYS)[number];

export function listViewFromSearchParams(params: URLSearchParams): ListView {
  const sort = params.get("sort");
  const page = Number(params.get("page"));
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort ?? "") ? (sort as SortKey) : undefined,
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 1 ? page : 1,
    group: (GROUP_KEYS as readonly string[]).includes(params.get("group") ?? "")
      ? (params.get("group") as GroupBy)
      : undefined,
    thresholds: thresholdsFromSearchParams(params),
  };
}

export function writeListView(params: URLSearchParams, view: Partial<ListView>): URLSearchParams {
  const next = new URLSearchParams(params);
  if ("sort" in view) {
    if (view.sort) next.set("sort", view.sort);
    else next.delete("sort");
  }
  if ("dir" in view) {
    if (view.dir === "desc") next.set("dir", "desc");
    else next.delete("dir");
  }
  if ("page" in view) {
    if (view.page && view.page > 1) next.set("page", String(view.page));
    else next.delete("page");
  }
  if ("group" in view) {
    if (view.group) next.set("group", view.group);
    else next.delete("group");
  }
  return next;
}

export function templateLabel(w: Workspace): string {
  return w.template_display_name || w.template_name || "Unknown template";
}

const text = (v: string | undefined) => (v ?? "").toLowerCase();
const time = (v: string | undefined) => parseTime(v)?.getTime() ?? 0;

export interface SortContext {
  now: number;
  thresholds: Thresholds;
}

// Statuses sort by severity (failed, stuck, in progress, unhealthy, running, …), ties longest in
// that state first: rank * 1e13 leaves room for any age in ms (1e13 ms is ~300 years).
const VALUE: Record<SortKey, (w: Workspace, ctx: SortContext) => string | number> = {
  name: (w) => text(w.name),
  owner: (w) => text(w.owner_name),
  template: (w) => text(templateLabel(w)),
  status: (w, ctx) => {
    const t = timeInState(w, ctx.now, ctx.thresholds);
    return statusSeverity(w, t) * 1e13 - t.ms;
  },
  state: (w, ctx) => timeInState(w, ctx.now, ctx.thresholds).ms,
  build: (w) => time(w.latest_build?.created_at),
  last_used: (w) => time(w.last_used_at),
  // Unknown costs (see cost.ts) below every known one.
  cost: (w) => knownCost(w.latest_build?.daily_cost) ?? -1,
};

/** A stable sort (ties keep the server's order), so rows keep their place across refreshes. */
export function sortWorkspaces(
  list: Workspace[],
  sort: SortKey | undefined,
  dir: SortDir,
  ctx: SortContext = { now: Date.now(), thresholds: DEFAULT_THRESHOLDS },
): Workspace[] {
  if (!sort) return list;
  const value = VALUE[sort];
  const sign = dir === "asc" ? 1 : -1;
  return list
    .map((w, i) => ({ w, i, v: value(w, ctx) }))
    .sort((a, b) => {
      const c =
        typeof a.v === "number" && typeof b.v === "number"
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v));
      return c !== 0 ? c * sign : a.i - b.i;
    })
    .map((x) => x.w);
}

/** One page of the list as shown: sorted, and sliced to `view.page`. */
export interface Listing {
  /** Every row loaded, in the view's order. */
  sorted: Workspace[];
  /** The page's rows; undefined while the rows for it have not loaded yet. */
  rows: Workspace[] | undefined;
  page: number;
  pageCount: number;
  /**
   * How many rows the list holds: coderd's count until every row has loaded, unless the dashboard's
   * checks narrow what coderd sends (then the rows so far).
   */
  total: number;
  /** `total` is the rows found so far, and grows as the rest loads. */
  soFar: boolean;
}

export function listingOf(
  workspaces: Workspace[],
  view: ListView,
  ctx: SortContext,
  progress: { count: number; complete: boolean; narrowed?: boolean },
): Listing {
  const sorted = sortWorkspaces(workspaces, view.sort, view.dir, ctx);
  const soFar = !progress.complete && progress.narrowed === true;
  const total =
    progress.complete || soFar ? sorted.length : Math.max(progress.count, sorted.length);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(view.page, pageCount);
  const slice = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return {
    sorted,
    rows: slice.length > 0 || progress.complete ? slice : undefined,
    page,
    pageCount,
    total,
    soFar,
  };
}
