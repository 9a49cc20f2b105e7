import type { Workspace } from "../../coderd/schemas";
import { setQueryTerm } from "../../domain/query/edit";
import { isUuid } from "../../domain/query/parse";
import type { ListAnswer } from "./listReader";

/** Rows of a list asked again by id (coderd's `id:` term, under the list's own query). */
export interface LiveRows {
  asked: readonly string[];
  workspaces: Workspace[];
  /**
   * The answer held only rows that were asked for, so a row asked for and not sent no longer matches
   * the query (or is gone). A server that ignores `id:` sends others: then absence says nothing.
   */
  absenceMeansGone: boolean;
}

/** At most this many ids in one request: about 3.7 KB of URL. */
export const MAX_IDS_PER_REQUEST = 100;

/** Asks the list for `q` again for the rows `ids` only, through `fetchList` (the list endpoint). */
export async function refreshRows(
  q: string,
  ids: readonly string[],
  fetchList: (q: string) => Promise<ListAnswer>,
): Promise<LiveRows> {
  // coderd answers 400 to the whole `id:` term for one value that is not a UUID.
  const asked = ids.filter(isUuid).slice(0, MAX_IDS_PER_REQUEST);
  if (asked.length === 0) return { asked, workspaces: [], absenceMeansGone: true };
  const page = await fetchList(setQueryTerm(q, "id", asked.join(",")));
  const wanted = new Set(asked);
  return {
    asked,
    workspaces: page.workspaces.filter((w) => w.id !== undefined && wanted.has(w.id)),
    absenceMeansGone:
      page.sent === page.sentIds.length && page.sentIds.every((id) => wanted.has(id)),
  };
}

/** One answer by id, and when it arrived (epoch ms). */
export interface LivePart {
  rows: LiveRows | undefined;
  at: number;
}

/**
 * The fleet's rows with the answers by id that are newer than it laid over them, the newest last;
 * rows those answers say no longer match are left out.
 */
export function withLiveRows(
  workspaces: Workspace[],
  fleetAt: number,
  parts: LivePart[],
): Workspace[] {
  const newer = parts
    .filter((p): p is { rows: LiveRows; at: number } => p.rows !== undefined && p.at > fleetAt)
    .sort((a, b) => a.at - b.at);
  if (newer.length === 0) return workspaces;
  const latest = new Map<string, Workspace | null>();
  for (const { rows } of newer) {
    if (rows.absenceMeansGone) for (const id of rows.asked) latest.set(id, null);
    for (const w of rows.workspaces) if (w.id !== undefined) latest.set(w.id, w);
  }
  const out: Workspace[] = [];
  for (const w of workspaces) {
    const update = w.id === undefined ? undefined : latest.get(w.id);
    if (update !== null) out.push(update ?? w);
  }
  return out;
}
