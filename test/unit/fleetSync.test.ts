import { describe, expect, it } from "vitest";
import { syncFleet, type Fleet, type SyncOptions } from "../../src/api/list/fleetSync";
import { withLiveRows } from "../../src/api/list/liveRows";
import type { Workspace } from "../../src/coderd/schemas";
import type { ListAnswer } from "../../src/api/list/listReader";
import type { Paging } from "../../src/api/list/listRequest";

const OPTIONS: SyncOptions = { firstPage: 5, chunk: 10, overlap: 2, maxPasses: 3 };

const ids = (n: number, prefix = "w") =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);

/**
 * A list server that pages the way the notes say coderd does: `count` ignores paging, a page past the
 * end is empty with the full count, and rows the caller may not read are skipped after counting.
 */
function pagingServer(
  initial: string[],
  options: {
    ignoresLimit?: boolean;
    unreadable?: Set<string>;
    /** Rows sent that the client's checks leave out (its reader drops them, as listReader does). */
    unmatched?: Set<string>;
    /** Runs before answering request number `n` (0 = the first page). */
    before?: (n: number, fleet: string[]) => void;
  } = {},
) {
  const fleet = [...initial];
  const requests: Paging[] = [];
  const fetchPage = (paging: Paging): Promise<ListAnswer> => {
    options.before?.(requests.length, fleet);
    requests.push(paging);
    const slice = options.ignoresLimit
      ? fleet
      : fleet.slice(paging.offset, paging.offset + paging.limit);
    const readable = slice.filter((id) => !options.unreadable?.has(id));
    const workspaces = readable
      .filter((id) => !options.unmatched?.has(id))
      .map((id): Workspace => ({ id, name: id }));
    return Promise.resolve({
      count: fleet.length,
      serverCount: fleet.length,
      workspaces,
      sent: readable.length,
      sentIds: readable,
    });
  };
  return { fleet, requests, fetchPage };
}

async function collect(gen: AsyncGenerator<Fleet>): Promise<Fleet[]> {
  const out: Fleet[] = [];
  for await (const f of gen) out.push(f);
  return out;
}

const idsOf = (f: Fleet | undefined) => f?.workspaces.map((w) => w.id) ?? [];

describe("syncFleet", () => {
  it("shows the first page from one small request, then loads the rest in chunks with progress", async () => {
    const server = pagingServer(ids(32));
    const steps = await collect(syncFleet(server.fetchPage, OPTIONS));

    expect(server.requests[0]).toEqual({ offset: 0, limit: 5 });
    // Later chunks start `overlap` rows back, to see the boundary.
    expect(server.requests.slice(1)).toEqual([
      { offset: 3, limit: 12 },
      { offset: 13, limit: 12 },
      { offset: 23, limit: 12 },
    ]);
    expect(steps.map((s) => [s.loaded, s.count, s.complete])).toEqual([
      [5, 32, false],
      [15, 32, false],
      [25, 32, false],
      [32, 32, true],
    ]);
    expect(idsOf(steps[0])).toEqual(ids(5));
    expect(idsOf(steps.at(-1))).toEqual(ids(32));
    expect(steps.at(-1)).toMatchObject({ paged: true, unread: 0, unsettled: false });
  });

  it("says when the client's checks left out rows coderd sent: its count is not the list's", async () => {
    const all = ids(32);
    const plain = await collect(syncFleet(pagingServer(all).fetchPage, OPTIONS));
    expect(plain.map((s) => s.narrowed)).toEqual([false, false, false, false]);

    // The first page matches whole; a later chunk has rows the client leaves out.
    const unmatched = new Set(all.slice(20, 30));
    const steps = await collect(syncFleet(pagingServer(all, { unmatched }).fetchPage, OPTIONS));
    expect(steps.map((s) => [s.narrowed, s.workspaces.length, s.count])).toEqual([
      [false, 5, 32],
      [false, 15, 32],
      [true, 20, 32],
      [true, 22, 32],
    ]);
  });

  it("takes a server that ignores limit at its word: one answer is the whole fleet", async () => {
    const server = pagingServer(ids(40), { ignoresLimit: true });
    const steps = await collect(syncFleet(server.fetchPage, OPTIONS));
    expect(server.requests).toHaveLength(1);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ complete: true, paged: false, count: 40, loaded: 40 });
    expect(idsOf(steps[0])).toEqual(ids(40));
  });

  it("is complete after one request when the fleet fits the first page", async () => {
    const server = pagingServer(ids(3));
    const steps = await collect(syncFleet(server.fetchPage, OPTIONS));
    expect(server.requests).toEqual([{ offset: 0, limit: 5 }]);
    expect(steps).toEqual([
      expect.objectContaining({ complete: true, paged: true, count: 3, loaded: 3 }),
    ]);
  });

  it("ends with no duplicates and no losses when rows are added before the boundary between chunks", async () => {
    const server = pagingServer(ids(30), {
      before: (n, fleet) => {
        // Three new workspaces sort first while the second chunk is asked for: rows shift forward.
        if (n === 2) fleet.unshift("a-new-1", "a-new-2", "a-new-3");
      },
    });
    const last = (await collect(syncFleet(server.fetchPage, OPTIONS))).at(-1);
    expect(new Set(idsOf(last)).size).toBe(idsOf(last).length);
    expect([...idsOf(last)].sort()).toEqual([...server.fleet].sort());
    expect(last).toMatchObject({ complete: true, count: 33, unsettled: false });
  });

  it("reads again when rows before the boundary go away, so none slip past unread", async () => {
    const server = pagingServer(ids(40), {
      before: (n, fleet) => {
        // Five workspaces deleted between chunks: everything after them slides back five places.
        if (n === 2) fleet.splice(1, 5);
      },
    });
    const last = (await collect(syncFleet(server.fetchPage, OPTIONS))).at(-1);
    expect(idsOf(last)).toEqual(server.fleet);
    expect(last).toMatchObject({ complete: true, count: 35, unsettled: false });
  });

  it("finds a row that moved up past the rows already read (a build that succeeded)", async () => {
    const server = pagingServer(ids(30), {
      before: (n, fleet) => {
        if (n !== 2) return;
        // w0025 sorts near the top now: it leaves the part not yet read for the part already read.
        const [moved] = fleet.splice(25, 1);
        if (moved) fleet.splice(1, 0, moved);
      },
    });
    const last = (await collect(syncFleet(server.fetchPage, OPTIONS))).at(-1);
    expect([...idsOf(last)].sort()).toEqual(ids(30));
    expect(new Set(idsOf(last)).size).toBe(30);
  });

  it("gives the union of its passes, flagged, when the fleet never holds still", async () => {
    let added = 0;
    const server = pagingServer(ids(30), {
      before: (n, fleet) => {
        // A new workspace sorts first before every request: each chunk sees the count grow.
        if (n > 0) fleet.unshift(`a-new-${String(added++).padStart(3, "0")}`);
      },
    });
    const last = (await collect(syncFleet(server.fetchPage, OPTIONS))).at(-1);
    expect(last).toMatchObject({ complete: true, unsettled: true });
    expect(new Set(idsOf(last)).size).toBe(idsOf(last).length);
    // None of the workspaces there all along was lost.
    for (const id of ids(30)) expect(idsOf(last)).toContain(id);
  });

  it("ends when coderd counts more rows than the caller may read, saying how many it could not", async () => {
    const all = ids(30);
    const unreadable = new Set([all[3], all[14], all[15], all[29]].filter((x) => x !== undefined));
    const server = pagingServer(all, { unreadable });
    const steps = await collect(syncFleet(server.fetchPage, OPTIONS));
    const last = steps.at(-1);
    expect(last).toMatchObject({ complete: true, count: 30, loaded: 30, unread: 4 });
    expect(idsOf(last)).toEqual(all.filter((id) => !unreadable.has(id)));
    // One pass only: short pages are not mistaken for a changing fleet.
    expect(server.requests).toHaveLength(4);
  });

  it("stops on a server that answers the same rows whatever the offset", async () => {
    const rows = ids(5);
    let calls = 0;
    const fetchPage = (): Promise<ListAnswer> => {
      calls++;
      return Promise.resolve({
        count: 1000,
        serverCount: 1000,
        workspaces: rows.map((id): Workspace => ({ id })),
        sent: 5,
        sentIds: rows,
      });
    };
    const last = (await collect(syncFleet(fetchPage, OPTIONS))).at(-1);
    expect(last?.complete).toBe(true);
    expect(idsOf(last)).toEqual(rows);
    expect(calls).toBeLessThanOrEqual(1 + 2 * OPTIONS.maxPasses);
  });

  it("ignores a count that is not a count", async () => {
    const rows = ids(5);
    const pages = [rows, []];
    let n = 0;
    const fetchPage = (): Promise<ListAnswer> => {
      const page = pages[Math.min(n++, 1)] ?? [];
      return Promise.resolve({
        count: -3,
        serverCount: -3,
        workspaces: page.map((id): Workspace => ({ id })),
        sent: page.length,
        sentIds: page,
      });
    };
    const last = (await collect(syncFleet(fetchPage, OPTIONS))).at(-1);
    expect(last).toMatchObject({ complete: true, count: 5 });
  });
});

describe("withLiveRows", () => {
  const row = (id: string, status: string): Workspace => ({
    id,
    latest_build: { status },
  });
  const fleet = [row("a", "starting"), row("b", "running"), row("c", "stopping")];

  it("lays newer answers by id over the fleet, and leaves out rows they say no longer match", () => {
    const merged = withLiveRows(fleet, 100, [
      {
        rows: { asked: ["a", "c"], workspaces: [row("a", "running")], absenceMeansGone: true },
        at: 200,
      },
    ]);
    expect(merged).toEqual([row("a", "running"), row("b", "running")]);
  });

  it("ignores answers older than the fleet, and absence from a server that ignored id:", () => {
    expect(
      withLiveRows(fleet, 300, [
        {
          rows: { asked: ["a"], workspaces: [row("a", "failed")], absenceMeansGone: true },
          at: 200,
        },
      ]),
    ).toBe(fleet);
    expect(
      withLiveRows(fleet, 100, [
        { rows: { asked: ["a", "c"], workspaces: [], absenceMeansGone: false }, at: 200 },
      ]),
    ).toEqual(fleet);
  });
});
