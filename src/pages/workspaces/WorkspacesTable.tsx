import FolderOffOutlined from "@mui/icons-material/FolderOffOutlined";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from "react";
import type { Workspace } from "../../coderd/schemas";
import { coderLinkBase } from "../../components/coderLinkBase";
import { WorkspaceRow } from "./WorkspaceRow";
import { useFirstScreenFirst } from "./firstScreenFirst";
import { returnFocusToOpenedRow } from "./returnFocus";
import { useRowNavigation } from "./rowNavigation";
import { SORT_LABELS, type ListView, type SortKey } from "../../domain/listView";
import type { Thresholds } from "../../domain/timeInState";
import type { ChangeKind } from "../../domain/changeKinds";
import "../../components/dimmed.css";
import "./workspacesTable.css";

interface Props {
  rows: Workspace[] | undefined;
  /** This list's URL, so the detail page's back link returns to the same view. */
  from: string;
  view: ListView;
  filtered: boolean;
  /** The "Deleted" filter is on. */
  deleted: boolean;
  stale: boolean;
  onViewChange: (view: Partial<ListView>) => void;
  onClearFilters: () => void;
  /** When an in-progress state counts as stuck (the list's `stuck_*` URL params). */
  thresholds: Thresholds;
  /** What changed since the user last looked, per workspace id. */
  changes?: ReadonlyMap<string, readonly ChangeKind[]> | undefined;
}

interface Column {
  key: SortKey;
  /** Secondary columns fold away on narrow screens; the name cell then carries owner and template. */
  fold?: "wide" | "medium";
  align?: "right";
  /** Share of the width from tablets up, where the layout is fixed so pages don't jump. */
  width: string;
}

const COLUMNS: Column[] = [
  { key: "name", width: "21%" },
  { key: "owner", fold: "wide", width: "9%" },
  { key: "template", fold: "wide", width: "13%" },
  { key: "status", width: "13%" },
  { key: "state", fold: "medium", width: "11%" },
  { key: "build", fold: "wide", width: "15%" },
  { key: "last_used", fold: "medium", width: "9%" },
  { key: "cost", fold: "wide", align: "right", width: "9%" },
];

function SkeletonRows() {
  return (
    <>
      {Array.from({ length: 8 }, (_, i) => (
        <tr key={i} className="skeleton" aria-hidden>
          {COLUMNS.map((c) => (
            <td key={c.key} className={c.fold}>
              <span className="skeleton-bar" style={{ width: c.key === "name" ? "70%" : "50%" }} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

const isShown = (el: HTMLElement) => el.getClientRects().length > 0;

/** The row links of the table, in order (rows without an id have none). */
function rowLinks(table: HTMLElement): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>("tbody a.ws-link")];
}

/**
 * Keys inside the table: in the rows, ↓/j and ↑/k go to the next and previous row's link (Enter
 * opens it); ↑ from the first row goes up to the sort buttons; in the head, ←/→ move between the
 * sort buttons and ↓ goes to the first row.
 */
function onTableKey(e: KeyboardEvent<HTMLTableElement>) {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const target = e.target as HTMLElement;
  const table = e.currentTarget;
  if (target.closest("thead")) {
    const buttons = [...table.querySelectorAll<HTMLElement>("thead button.sort")].filter(isShown);
    const at = buttons.indexOf(target);
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step && at >= 0) {
      e.preventDefault();
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (e.key === "ArrowDown") {
      e.preventDefault();
      rowLinks(table)[0]?.focus();
    }
    return;
  }
  const row = target.closest("tbody tr");
  if (!row) return;
  const down = e.key === "ArrowDown" || e.key === "j";
  const up = e.key === "ArrowUp" || e.key === "k";
  if (!down && !up) return;
  const links = rowLinks(table);
  const at = links.findIndex((a) => row.contains(a));
  const next = down ? links[at + 1] : at > 0 ? links[at - 1] : undefined;
  e.preventDefault();
  if (next) next.focus();
  else if (up) table.querySelector<HTMLElement>('thead button.sort[tabindex="0"]')?.focus();
}

/** `j` from outside the table (nothing being typed) goes to the first row. */
function useJumpToRows(table: RefObject<HTMLTableElement | null>) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== "j" || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (
        target?.closest("input, textarea, select, [contenteditable='true'], table, [role='dialog']")
      )
        return;
      const first = table.current ? rowLinks(table.current)[0] : undefined;
      if (!first) return;
      e.preventDefault();
      first.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [table]);
}

/** MUI's ArrowDownward, as TableSortLabel drew it. */
function SortIcon({ dir }: { dir: "asc" | "desc" }) {
  return (
    <svg className={`sort-icon ${dir}`} viewBox="0 0 24 24" aria-hidden focusable="false">
      <path d="M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z" />
    </svg>
  );
}

/**
 * The heading's words with the arrow glued to the last word (to the first, before it, in a
 * right-aligned column, as the numbers below align): a heading that wraps keeps its arrow beside
 * its words, and an arrow never takes a line of its own.
 */
function SortLabel({
  label,
  dir,
  before,
}: {
  label: string;
  dir: "asc" | "desc";
  before: boolean;
}) {
  const space = before ? label.indexOf(" ") : label.lastIndexOf(" ");
  const head = space < 0 ? (before ? label : "") : label.slice(0, space + 1);
  const tail = space < 0 ? (before ? "" : label) : label.slice(space + 1);
  return before ? (
    <>
      <span className="nowrap">
        <SortIcon dir={dir} />
        {head.trimEnd()}
      </span>
      {tail ? ` ${tail}` : null}
    </>
  ) : (
    <>
      {head}
      <span className="nowrap">
        {tail}
        <SortIcon dir={dir} />
      </span>
    </>
  );
}

function EmptyState({
  filtered,
  deleted,
  onClearFilters,
}: {
  filtered: boolean;
  deleted: boolean;
  onClearFilters: () => void;
}) {
  return (
    <tr>
      <td colSpan={COLUMNS.length} className="empty">
        <Stack spacing={1} sx={{ alignItems: "center", py: 6, textAlign: "center" }}>
          <FolderOffOutlined sx={{ fontSize: 40, color: "text.secondary" }} aria-hidden />
          {filtered ? (
            <>
              <Typography variant="h3" component="p">
                No workspaces match these filters
              </Typography>
              {deleted ? (
                <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
                  A deployed coderd never lists deleted workspaces. Open a deleted workspace from
                  its link to see its last record.
                </Typography>
              ) : null}
              <Button variant="outlined" onClick={onClearFilters}>
                Clear filters
              </Button>
            </>
          ) : (
            <>
              <Typography variant="h3" component="p">
                No workspaces yet
              </Typography>
              <Typography color="text.secondary">
                Create one with <code>coder create</code> or from a template in Coder.
              </Typography>
            </>
          )}
        </Stack>
      </td>
    </tr>
  );
}

export function WorkspacesTable({
  rows,
  from,
  view,
  filtered,
  deleted,
  stale,
  onViewChange,
  onClearFilters,
  thresholds,
  changes,
}: Props) {
  const base = useMemo(() => coderLinkBase(), []);
  const nav = useRowNavigation(from);
  const table = useRef<HTMLTableElement>(null);
  // The head's sort buttons are one Tab stop (arrows move between them), so the first row is near.
  const [headFocus, setHeadFocus] = useState<SortKey | undefined>(undefined);
  const tabbableHead = headFocus ?? view.sort ?? COLUMNS[0]?.key;
  useJumpToRows(table);
  // Rows of another URL are another set; the previous filter's rows, kept while it loads, are not.
  const shown = useFirstScreenFirst(rows, rows && !stale ? from : undefined);
  useEffect(() => returnFocusToOpenedRow(table.current), [shown]);
  return (
    <Paper className={stale ? "ws-paper dims dimmed" : "ws-paper dims"}>
      {/* Arrow keys and j/k pressed on the row links inside bubble up to here; the table itself
          takes no focus and no click. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <table
        className="ws-table"
        ref={table}
        aria-label="Workspaces"
        aria-busy={!rows || stale || shown !== rows}
        onKeyDown={onTableKey}
      >
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = view.sort === c.key;
              const dir = active ? view.dir : "asc";
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.align === "right" ? `${c.fold ?? ""} right` : c.fold}
                  style={{ "--col-width": c.width } as CSSProperties}
                  aria-sort={active ? (view.dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  <button
                    type="button"
                    className={active ? "sort active" : "sort"}
                    tabIndex={c.key === tabbableHead ? 0 : -1}
                    onFocus={() => setHeadFocus(c.key)}
                    onClick={() =>
                      onViewChange(
                        active && view.dir === "desc"
                          ? { sort: undefined, dir: "asc", page: 1 }
                          : { sort: c.key, dir: active ? "desc" : "asc", page: 1 },
                      )
                    }
                  >
                    <SortLabel label={SORT_LABELS[c.key]} dir={dir} before={c.align === "right"} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {!shown ? (
            <SkeletonRows />
          ) : shown.length === 0 ? (
            <EmptyState filtered={filtered} deleted={deleted} onClearFilters={onClearFilters} />
          ) : (
            shown.map((w, i) => (
              <WorkspaceRow
                key={w.id ?? `row-${i}`}
                w={w}
                nav={nav}
                thresholds={thresholds}
                base={base}
                change={w.id === undefined ? undefined : changes?.get(w.id)}
              />
            ))
          )}
        </tbody>
      </table>
    </Paper>
  );
}
