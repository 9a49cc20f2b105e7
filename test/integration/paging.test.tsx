import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { mockBackend, server } from "../../mocks/node";
import { ACTIVE_REFETCH_MS } from "../../src/api/polling";
import { fixture, recordRequests } from "../fixtures";
import { openOverview } from "../folds";
import { renderApp } from "../render";

afterEach(() => {
  vi.useRealTimers();
});

const listRequests = (urls: URL[]) => urls.filter((u) => u.pathname === "/api/v2/workspaces");

async function tableRows() {
  const table = await screen.findByRole("table", { name: "Workspaces" }, { timeout: 8_000 });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  return within(table).getAllByRole("row").slice(1);
}

const footer = () => screen.getByText(/^Showing \d/);

/** `n` workspaces made from one fixture, each with its own id and name. */
function craftedFleet(n: number) {
  const base = fixture("api-server");
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    name: `ws-${String(i).padStart(3, "0")}`,
  }));
}

describe("a coderd that pages", () => {
  // Slow on the shared machine: the overview now renders at every chunk as well.
  test(
    "shows the first page from one request, then loads the rest with visible progress",
    {
      timeout: 90_000,
    },
    async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      // Chunks after the first page wait until the test lets them through (to the mock coderd).
      server.use(
        http.get("*/api/v2/workspaces", async ({ request }) => {
          if (new URL(request.url).searchParams.has("offset")) await held;
        }),
      );
      const requests = recordRequests(server);
      const { user } = renderApp("/workspaces");

      expect(await tableRows()).toHaveLength(50);
      const first = listRequests(requests)[0];
      expect(first?.searchParams.get("limit")).toBe("50");
      expect(first?.searchParams.has("offset")).toBe(false);

      const total = mockBackend.entries().filter((e) => !e.deleted).length;
      expect(screen.getByRole("progressbar", { name: "Workspaces loaded" })).toHaveAttribute(
        "aria-valuetext",
        `50 of ${total} workspaces loaded`,
      );
      expect(
        screen.getByText(/The overview counts those so far; export waits for all\./),
      ).toBeInTheDocument();
      expect(footer()).toHaveTextContent(`Showing 1–50 of ${total} workspaces`);
      // The overview counts what has been read, and says so; never an empty box.
      expect(
        await screen.findByText(`So far: 50 of ${total} read.`, {}, { timeout: 40_000 }),
      ).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Fleet overview" }));
      expect(screen.getByText("Status of 50 workspaces")).toBeInTheDocument();
      expect(screen.getByRole("link", { name: /^Needs attention \(\d+ so far\)$/ })).toBeVisible();
      // Export waits for the whole fleet: its buttons are there, not yet usable.
      expect(screen.getByRole("button", { name: "Download CSV" })).toBeDisabled();

      release();
      await waitFor(() =>
        expect(screen.queryByRole("progressbar", { name: "Workspaces loaded" })).toBeNull(),
      );
      // The overview (opened above) counts the whole fleet.
      expect(
        await screen.findByText(`Status of ${total} workspaces`, {}, { timeout: 30_000 }),
      ).toBeInTheDocument();
      await waitFor(
        () => expect(screen.getByRole("button", { name: "Download CSV" })).toBeEnabled(),
        { timeout: 30_000 },
      );
      expect(
        screen.getByText(`All ${total.toLocaleString("en")} workspaces loaded.`),
      ).toBeVisible();
      expect(footer()).toHaveTextContent(`Showing 1–50 of ${total} workspaces`);
      const chunk = listRequests(requests)[1];
      expect(chunk?.searchParams.get("offset")).toBe("25");
    },
  );

  test("a page beyond those loaded waits for its rows, then shows them", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get("*/api/v2/workspaces", async ({ request }) => {
        if (new URL(request.url).searchParams.has("offset")) await held;
      }),
    );
    renderApp("/workspaces?page=2");
    const table = await screen.findByRole("table", { name: "Workspaces" }, { timeout: 8_000 });
    await screen.findByRole("progressbar", { name: "Workspaces loaded" });
    expect(table).toHaveAttribute("aria-busy", "true");
    release();
    await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
    expect(footer()).toHaveTextContent(/^Showing 51–100 of/);
  });

  test("a fleet that changes between chunks ends with every row once", async () => {
    const fleet = craftedFleet(120);
    let requests = 0;
    server.use(
      http.get("*/api/v2/workspaces", ({ request }) => {
        const p = new URL(request.url).searchParams;
        // While the first chunk is asked for: 30 workspaces before it are deleted, 2 are created.
        if (++requests === 2) {
          fleet.splice(0, 30);
          fleet.unshift(...craftedFleet(122).slice(120));
        }
        const offset = Number(p.get("offset") ?? 0);
        const limit = Number(p.get("limit") ?? 0);
        const page = fleet.slice(offset, limit ? offset + limit : undefined);
        return HttpResponse.json({ workspaces: page, count: fleet.length });
      }),
    );
    const { user } = renderApp("/workspaces");
    await waitFor(() => expect(footer()).toHaveTextContent("Showing 1–50 of 92 workspaces"));
    const names = (await tableRows()).map((r) => within(r).getAllByRole("link")[0]?.textContent);
    await user.click(screen.getByRole("button", { name: "Go to page 2" }));
    await waitFor(() => expect(footer()).toHaveTextContent("Showing 51–92 of 92 workspaces"));
    names.push(...(await tableRows()).map((r) => within(r).getAllByRole("link")[0]?.textContent));
    expect(names).toHaveLength(92);
    expect([...names].sort()).toEqual(fleet.map((w) => w.name).sort());
  });

  test("says so when coderd counts rows the caller may not read", async () => {
    const fleet = craftedFleet(120);
    const unreadable = new Set([fleet[10]?.id, fleet[70]?.id, fleet[119]?.id]);
    server.use(
      http.get("*/api/v2/workspaces", ({ request }) => {
        const p = new URL(request.url).searchParams;
        const offset = Number(p.get("offset") ?? 0);
        const limit = Number(p.get("limit") ?? 0);
        const page = fleet.slice(offset, limit ? offset + limit : undefined);
        return HttpResponse.json({
          workspaces: page.filter((w) => !unreadable.has(w.id)),
          count: fleet.length,
        });
      }),
    );
    renderApp("/workspaces?page=3");
    await waitFor(() =>
      expect(footer()).toHaveTextContent(
        "Showing 101–117 of 117 workspaces. coderd counts 3 more that it did not send, most likely ones you may not read.",
      ),
    );
    // The line above the rows names the same rows as the footer, not coderd's count.
    expect(screen.getByText("All 117 workspaces loaded.")).toBeVisible();
  });
  test("when the dashboard narrows what coderd sends, every number names the list's rows", async () => {
    // An older server that ignores the search: the dashboard's own check keeps the 21 of the 120 it
    // sends with a 5 in their name, 5 of them in the first page (as it narrows `healthy:` on today's
    // coderd).
    const fleet = craftedFleet(120);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get("*/api/v2/workspaces", async ({ request }) => {
        const p = new URL(request.url).searchParams;
        if (p.has("offset")) await held;
        const offset = Number(p.get("offset") ?? 0);
        const limit = Number(p.get("limit") ?? 0);
        return HttpResponse.json({
          workspaces: fleet.slice(offset, limit ? offset + limit : undefined),
          count: fleet.length,
        });
      }),
    );
    renderApp("/workspaces?q=name%3A5");
    expect(await tableRows()).toHaveLength(5);
    expect(
      screen.getByText(/^5 workspaces found so far$/, { selector: "[role=status]" }),
    ).toBeVisible();
    expect(screen.getByRole("progressbar", { name: "Workspaces loaded" })).toHaveAttribute(
      "aria-valuetext",
      "50 of 120 read, 5 matching so far",
    );

    release();
    // The footer's words (the folded overview says the same).
    const inFooter = { selector: "[role=status]" };
    await waitFor(() => expect(screen.getByText(/^21 workspaces$/, inFooter)).toBeVisible(), {
      timeout: 15_000,
    });
    expect(await tableRows()).toHaveLength(21);
    expect(
      screen.getByText("All 120 workspaces coderd sent were read; 21 match the search."),
    ).toBeVisible();
    // The overview's figures cover those 21, and say so.
    expect(await screen.findByText("All 21 that match.", {}, { timeout: 15_000 })).toBeVisible();
  });
});

describe("a server that ignores limit", () => {
  test("gets one request: its answer is the whole fleet", async () => {
    const fleet = craftedFleet(80);
    const requests = recordRequests(server);
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({ workspaces: fleet, count: fleet.length }),
      ),
    );
    renderApp("/workspaces");
    expect(await tableRows()).toHaveLength(50);
    expect(footer()).toHaveTextContent("Showing 1–50 of 80 workspaces");
    await waitFor(
      () => expect(screen.getByRole("button", { name: "Download CSV" })).toBeEnabled(),
      { timeout: 15_000 },
    );
    expect(screen.queryByRole("progressbar", { name: "Workspaces loaded" })).toBeNull();
    expect(listRequests(requests)).toHaveLength(1);
  });
});

describe("once the fleet is whole", () => {
  test("workspaces in progress are refreshed by id, without reading the fleet again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const entry = mockBackend
      .entries()
      .find((e) => !e.deleted && e.workspace.latest_build.status === "starting");
    if (!entry) throw new Error("The mock fleet has no starting workspace.");
    const build = entry.workspace.latest_build;
    const before = { status: build.status, job: build.job.status };
    const requests = recordRequests(server);
    try {
      const { user } = renderApp("/workspaces");
      await openOverview(user);
      const starting = await screen.findByRole(
        "button",
        { name: /^Starting \d+$/ },
        { timeout: 15_000 },
      );
      await waitFor(() =>
        expect(screen.queryByRole("progressbar", { name: "Workspaces loaded" })).toBeNull(),
      );
      const startingCount = Number(/\d+$/.exec(starting.textContent)?.[0]);

      build.status = "running";
      build.job.status = "succeeded";
      const sentBefore = listRequests(requests).length;
      await vi.advanceTimersByTimeAsync(ACTIVE_REFETCH_MS + 100);

      await waitFor(() =>
        expect(screen.getByRole("button", { name: /^Starting \d+$/ })).toHaveTextContent(
          String(startingCount - 1),
        ),
      );
      const since = listRequests(requests).slice(sentBefore);
      const byId = since.filter((u) => /(^| )id:/.test(u.searchParams.get("q") ?? ""));
      expect(byId.some((u) => u.searchParams.get("q")?.includes(entry.workspace.id))).toBe(true);
      // Nothing re-read the fleet: no chunk, no first page.
      expect(since.filter((u) => u.searchParams.get("limit") === "50")).toHaveLength(0);
      expect(since.filter((u) => u.searchParams.has("offset"))).toHaveLength(0);
    } finally {
      build.status = before.status;
      build.job.status = before.job;
    }
  });

  test("a window that regains focus does not read the whole fleet again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const requests = recordRequests(server);
    renderApp("/workspaces");
    await tableRows();
    await waitFor(() =>
      expect(screen.queryByRole("progressbar", { name: "Workspaces loaded" })).toBeNull(),
    );
    // Long past the few seconds a read stays fresh by default, well within the fleet's own cadence.
    await vi.advanceTimersByTimeAsync(10_000);
    const sentBefore = listRequests(requests).length;
    window.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    window.dispatchEvent(new Event("focus"));
    await vi.advanceTimersByTimeAsync(1_000);
    const since = listRequests(requests).slice(sentBefore);
    expect(since.filter((u) => u.searchParams.get("limit") === "50")).toHaveLength(0);
    expect(since.filter((u) => u.searchParams.has("offset"))).toHaveLength(0);
  });
});
