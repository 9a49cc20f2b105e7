import { render, screen, waitFor, within } from "@testing-library/react";
import { delay, http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { server } from "../../mocks/node";
import { IDLE_REFETCH_MS } from "../../src/api/polling";
import { ListFooter } from "../../src/pages/workspaces/ListFooter";
import type { WireWorkspace } from "../../mocks/wire";
import { fixture, recordRequests } from "../fixtures";
import { renderApp } from "../render";

afterEach(() => {
  vi.useRealTimers();
});

/** `n` workspaces made from one fixture, each with its own id and name. */
function craftedFleet(n: number, from = "api-server"): WireWorkspace[] {
  const base = fixture(from);
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    name: `ws-${String(i).padStart(3, "0")}`,
  }));
}

/** A coderd that pages over `fleet` and reads `q` only for `id:` (the rest of `q` is empty here). */
function pagingServer(fleet: WireWorkspace[], onIds?: () => Response | undefined) {
  return http.get("*/api/v2/workspaces", ({ request }) => {
    const p = new URL(request.url).searchParams;
    const q = p.get("q") ?? "";
    const ids = /(?:^| )id:(\S+)/.exec(q)?.[1]?.split(",");
    if (ids) {
      const refused = onIds?.();
      if (refused) return refused;
      const rows = fleet.filter((w) => ids.includes(w.id));
      return HttpResponse.json({ workspaces: rows, count: rows.length });
    }
    const offset = Number(p.get("offset") ?? 0);
    const limit = Number(p.get("limit") ?? 0);
    const page = fleet.slice(offset, limit ? offset + limit : undefined);
    return HttpResponse.json({ workspaces: page, count: fleet.length });
  });
}

async function wholeTable() {
  const table = await screen.findByRole("table", { name: "Workspaces" }, { timeout: 15_000 });
  await screen.findByText(/^All [\d,]+ workspaces loaded\./, undefined, { timeout: 15_000 });
  return table;
}

describe("a background refresh's failure is not the user's mistake", () => {
  test("a coderd without id: answers the refresh by id with 400: the rows stay, the fleet is read whole", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fleet = craftedFleet(120);
    const requests = recordRequests(server);
    server.use(
      pagingServer(fleet, () =>
        HttpResponse.json(
          {
            message: "Invalid workspace search query.",
            validations: [{ field: "id", detail: '"id" is not a valid query param' }],
          },
          { status: 400 },
        ),
      ),
    );
    renderApp("/workspaces");
    const table = await wholeTable();
    expect(within(table).getByRole("link", { name: "ws-000" })).toBeInTheDocument();

    // The rows on screen are asked again by id after 30 s: coderd refuses the term.
    await vi.advanceTimersByTimeAsync(IDLE_REFETCH_MS + 500);
    await waitFor(() =>
      expect(requests.some((u) => /(^| )id:/.test(u.searchParams.get("q") ?? ""))).toBe(true),
    );
    await screen.findByText(
      /This server does not take the id: refreshes, so the whole fleet is read at once; it is refreshed every 1 min\./,
    );
    expect(screen.queryByText(/Fix the search above/)).toBeNull();
    expect(screen.queryByText(/is not a valid query param/)).toBeNull();
    expect(within(table).getByRole("link", { name: "ws-000" })).toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(51);

    // No more refreshes by id: the next 30 s send none.
    const sent = requests.length;
    await vi.advanceTimersByTimeAsync(IDLE_REFETCH_MS + 500);
    const since = requests.slice(sent);
    expect(since.filter((u) => /(^| )id:/.test(u.searchParams.get("q") ?? ""))).toEqual([]);
  }, 120_000);
});

describe("builds in progress on screen set the stale warning's pace", () => {
  test("a hang is flagged once they are 15 s old, naming them", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fleet = craftedFleet(3);
    const starting = { ...fixture("api-server"), ...fleet[0] };
    const build = starting.latest_build;
    fleet[0] = {
      ...starting,
      name: "ws-building",
      latest_build: {
        ...build,
        status: "starting",
        job: { ...build.job, status: "running", started_at: new Date().toISOString() },
      },
    };
    let hang = false;
    server.use(
      http.get("*/api/v2/workspaces", async () => {
        if (hang) await delay("infinite");
        return HttpResponse.json({ workspaces: fleet, count: fleet.length });
      }),
    );
    renderApp("/workspaces");
    await screen.findByRole("link", { name: "ws-building" }, { timeout: 15_000 });
    hang = true;
    await vi.advanceTimersByTimeAsync(12_000);
    expect(screen.queryByText(/^Showing data from/)).toBeNull();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(
      await screen.findByText(
        /^Showing data from 1\d s ago for the build in progress on screen \(ws-building\), refreshed every 5 s: a refresh is under way\.$/,
      ),
    ).toBeInTheDocument();
  });
});

describe("the paging footer", () => {
  const props = { total: 117, page: 3, pageCount: 3, onPage: () => {} };

  test("a fleet that changed while it loaded is not blamed on permissions, and ends one sentence once", () => {
    render(<ListFooter {...props} unread={5} unsettled />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(
      "Showing 101–117 of 117 workspaces. The fleet changed while it loaded (coderd counts 5 more than it sent): it is read again within a minute.",
    );
    expect(status.textContent).not.toMatch(/\.\./);
    expect(status.textContent).not.toMatch(/may not read/);
  });

  test("rows coderd counts and never sends, with a fleet that held still", () => {
    render(<ListFooter {...props} unread={5} unsettled={false} />);
    expect(screen.getByRole("status")).toHaveTextContent(
      /^Showing 101–117 of 117 workspaces\. coderd counts 5 more that it did not send, most likely ones you may not read\.$/,
    );
  });

  test("a server that ignores limit: says the fleet is read whole, and how often", () => {
    render(
      <ListFooter
        {...props}
        unread={0}
        unsettled={false}
        wholePolling={{ why: "no-paging", intervalMs: 46 * 60_000 + 40_000 }}
      />,
    );
    expect(
      screen.getByText(
        "This server sends the whole fleet at once (it ignores paging); it is refreshed every 46 min.",
      ),
    ).toBeInTheDocument();
  });
});

describe("durations on the server's clock", () => {
  test("a browser 2 h ahead does not call a build that just started 'Stuck 2 h'", async () => {
    const serverNow = Date.parse("2026-12-05T10:00:00Z");
    vi.useFakeTimers({ now: serverNow + 2 * 3_600_000, shouldAdvanceTime: true });
    const base = craftedFleet(1)[0] ?? fixture("api-server");
    const build = base.latest_build;
    const row = {
      ...base,
      name: "ws-just-started",
      latest_build: {
        ...build,
        status: "starting",
        job: {
          ...build.job,
          status: "running",
          started_at: new Date(serverNow - 60_000).toISOString(),
        },
      },
    };
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json(
          { workspaces: [row], count: 1 },
          // The server's clock, at the time it answers: two hours behind the browser's.
          { headers: { Date: new Date(Date.now() - 2 * 3_600_000).toUTCString() } },
        ),
      ),
    );
    renderApp("/workspaces");
    const table = await screen.findByRole("table", { name: "Workspaces" }, { timeout: 15_000 });
    const tableRow = await within(table).findByRole("row", { name: /ws-just-started/ });
    await waitFor(() => expect(tableRow).toHaveTextContent(/for 1 min/));
    expect(tableRow).not.toHaveTextContent(/Stuck/);
  });
});
