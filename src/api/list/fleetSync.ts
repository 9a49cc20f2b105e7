// Loads a whole list from a coderd that pages: the first page at once (it is the first screen), then
// the rest in chunks behind it. coderd pages by offset over a list that keeps changing (a build that
// succeeds moves its workspace up the order; workspaces come and go), so a chunk can repeat rows the
// previous one held or skip rows that moved past it. Rows are kept once by id, and a pass that saw the
// fleet change is read again, so the fleet ends with no duplicates and no losses.
import type { Paging } from "./listRequest";
import type { Workspace } from "../../coderd/schemas";
import type { ListAnswer } from "./listReader";

export interface Fleet {
  /** The rows that match, in the server's order, each once. */
  workspaces: Workspace[];
  /** coderd's `count`: how many match, paging aside (the rows read, when it sent none). */
  count: number;
  /** Rows of `count` read so far: "2,000 of 5,000 loaded". */
  loaded: number;
  /** Every chunk is in: sorting, counting and exporting see the whole fleet. */
  complete: boolean;
  /** The server pages (it honoured `limit`); false: the whole fleet came in one answer. */
  paged: boolean;
  /** Rows coderd counted but never sent (it skips rows the caller may not read, after counting). */
  unread: number;
  /** The fleet kept changing while it loaded and reading it again did not settle it. */
  unsettled: boolean;
  /**
   * The dashboard's own checks left out rows coderd sent (`healthy:` is asked as a superset, a server
   * may ignore a term): `count` is then coderd's count of what it sent, not of the rows that match.
   */
  narrowed: boolean;
}

export interface SyncOptions {
  /** The first request's `limit`: one screen of rows. */
  firstPage: number;
  /** The rows each later request adds. */
  chunk: number;
  /** Each later request starts this many rows before where the previous one ended, to see a shift. */
  overlap: number;
  /** How many times the fleet is read before a still-changing one is given as it is. */
  maxPasses: number;
}

export type FetchPage = (paging: Paging) => Promise<ListAnswer>;

/** coderd's count, when it is one (a non-negative integer). */
function serverCount(page: ListAnswer): number | undefined {
  const c = page.serverCount;
  return c !== undefined && Number.isSafeInteger(c) && c >= 0 ? c : undefined;
}

interface Pass {
  rows: Map<string, Workspace>;
  /** Ids of every row the server sent (matching the client's checks or not). */
  sent: Set<string>;
  count: number | undefined;
  /** Position after the last one read. */
  next: number;
  /** The id of the last row the previous chunk sent. */
  lastId: string | undefined;
  /** Something showed the fleet changing under the pass: read it again. */
  changed: boolean;
  /** A chunk held fewer rows than positions: coderd skipped rows the caller may not read. */
  short: boolean;
  /** Rows sent that the client's checks left out. */
  dropped: number;
  done: boolean;
}

function newPass(): Pass {
  return {
    rows: new Map(),
    sent: new Set(),
    count: undefined,
    next: 0,
    lastId: undefined,
    changed: false,
    short: false,
    dropped: 0,
    done: false,
  };
}

/** Takes one answer into the pass: the chunk asked from `offset` with `limit`. */
function take(pass: Pass, page: ListAnswer, { offset, limit }: Paging): void {
  const count = serverCount(page);
  if (pass.count !== undefined && count !== pass.count) pass.changed = true;
  pass.count = count;

  // The previous chunk's last row must be in this one's overlap, or rows before it went away (or
  // moved on) and others slid past the boundary unread.
  const lastId = pass.short ? undefined : pass.lastId;
  if (lastId !== undefined && page.sent > 0 && !page.sentIds.includes(lastId)) {
    pass.changed = true;
  }
  pass.lastId = page.sentIds.at(-1);

  let fresh = 0;
  const kept = new Set(page.workspaces.map((w) => w.id));
  for (const id of page.sentIds) {
    if (!pass.sent.has(id)) {
      fresh++;
      if (!kept.has(id)) pass.dropped++;
    }
    pass.sent.add(id);
  }
  page.workspaces.forEach((w, i) => pass.rows.set(w.id ?? `#${offset + i}`, w));

  const positions = Math.max(0, Math.min(limit, (count ?? Infinity) - offset));
  if (page.sent < positions) pass.short = true;
  pass.next = offset + limit;
  pass.done =
    page.sent === 0 ||
    // A server that answers the same rows whatever the offset would never end.
    (offset > 0 && fresh === 0) ||
    (count !== undefined ? pass.next >= count : page.sent < limit);
  if (offset > 0 && fresh === 0 && page.sent > 0) pass.changed = true;
}

/** At its end: did the pass read as many distinct rows as coderd counted? */
function settled(pass: Pass): boolean {
  if (pass.changed) return false;
  if (pass.count === undefined || pass.short) return true;
  return pass.sent.size === pass.count;
}

function snapshot(pass: Pass, rows: Map<string, Workspace>, complete: boolean): Fleet {
  const count = pass.count ?? pass.sent.size;
  return {
    workspaces: [...rows.values()],
    count,
    loaded: complete ? count : Math.min(pass.next, count),
    complete,
    paged: true,
    unread: complete && pass.short ? Math.max(0, count - pass.sent.size) : 0,
    unsettled: false,
    narrowed: pass.dropped > 0,
  };
}

/**
 * Reads the list for one query through `fetchPage`, yielding the fleet after the first page and after
 * each chunk of the first pass (`complete: false`), then once more, whole. A server that sends more
 * rows than the first `limit` does not page: that answer is the whole fleet.
 */
export async function* syncFleet(
  fetchPage: FetchPage,
  options: SyncOptions,
): AsyncGenerator<Fleet> {
  const { firstPage, chunk, overlap, maxPasses } = options;
  const firstPaging = { offset: 0, limit: firstPage };
  const first = await fetchPage(firstPaging);
  if (first.sent > firstPage) {
    const rows = new Map(first.workspaces.map((w, i) => [w.id ?? `#${i}`, w]));
    yield {
      workspaces: [...rows.values()],
      count: rows.size,
      loaded: rows.size,
      complete: true,
      paged: false,
      unread: 0,
      unsettled: false,
      // `count` is the rows kept: it names the list's rows as it is.
      narrowed: false,
    };
    return;
  }

  // Rows of earlier passes that saw changes: kept until a pass settles, so nothing read is lost.
  let earlier = new Map<string, Workspace>();
  for (let passNo = 0; passNo < maxPasses; passNo++) {
    const pass = newPass();
    if (passNo === 0) {
      take(pass, first, firstPaging);
    }
    while (!pass.done) {
      // Only the first pass shows its progress; a re-read keeps the earlier rows on screen.
      if (passNo === 0) yield snapshot(pass, pass.rows, false);
      const offset = pass.next === 0 ? 0 : Math.max(0, pass.next - overlap);
      const limit = pass.next === 0 ? chunk : chunk + (pass.next - offset);
      take(pass, await fetchPage({ offset, limit }), { offset, limit });
    }
    if (settled(pass)) {
      yield snapshot(pass, pass.rows, true);
      return;
    }
    const union = new Map(earlier);
    for (const [id, w] of pass.rows) union.set(id, w);
    earlier = union;
    if (passNo === maxPasses - 1) {
      yield { ...snapshot(pass, union, true), unsettled: true };
      return;
    }
  }
}
