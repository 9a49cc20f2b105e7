import { focusManager } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { server } from "../../mocks/node";
import { MemoryRouter } from "react-router";
import { AppProviders } from "../../src/app/AppProviders";
import { createQueryClient } from "../../src/app/queryClient";
import { AppRoutes } from "../../src/app/routes";
import { IDLE_REFETCH_MS } from "../../src/api/polling";
import { fixture, recordRequests } from "../fixtures";
import { renderApp } from "../render";

afterEach(() => {
  vi.useRealTimers();
  focusManager.setFocused(undefined);
});

/** The app with its real retry policy (renderApp turns retries off), backed off by 10 ms only. */
function renderWithRetries(url: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 10, refetchInterval: false },
  });
  return render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
}

/** A small list keeps each render quick on a busy machine. */
function smallList() {
  const workspaces = [fixture("api-server"), fixture("ml-training")];
  server.use(http.get("*/api/v2/workspaces", () => HttpResponse.json({ workspaces, count: 2 })));
}

async function listShown() {
  // The first render of 150 rows is slow on a busy machine.
  return screen.findByRole("link", { name: "api-server" }, { timeout: 8_000 });
}

describe("a failing first load", () => {
  test("says it is retrying, attempt by attempt, then shows the error", async () => {
    let calls = 0;
    server.use(
      http.get("*/api/v2/workspaces", async () => {
        calls += 1;
        // Slow enough to read each attempt on screen.
        await new Promise((r) => setTimeout(r, 400));
        return HttpResponse.json(
          { message: "Internal error fetching workspaces." },
          { status: 500 },
        );
      }),
    );
    renderWithRetries("/workspaces");
    const retrying = await screen.findByText(
      /Couldn't load workspaces yet \(Internal error fetching workspaces\.\)\. Retrying \(2 of 4\)…/,
      undefined,
      { timeout: 8_000 },
    );
    expect(retrying).toBeInTheDocument();
    expect(
      await screen.findByText(/Retrying \(3 of 4\)…/, undefined, { timeout: 8_000 }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole("alert", undefined, { timeout: 8_000 });
    expect(alert).toHaveTextContent("Couldn't load workspaces");
    expect(calls).toBe(4);
    expect(screen.queryByText(/Retrying/)).not.toBeInTheDocument();
  }, 30_000);
});

describe("the data on screen and its age", () => {
  test("says how old the rows are", async () => {
    smallList();
    renderApp("/workspaces");
    await listShown();
    expect(screen.getByText(/^Updated /)).toHaveTextContent("Updated just now");
  });

  test.each([
    ['{"workspaces":"x"}', () => HttpResponse.json({ workspaces: "x" })],
    ["{}", () => HttpResponse.json({})],
    ["null", () => HttpResponse.json(null)],
    [
      "truncated JSON",
      () =>
        new HttpResponse('{"workspaces":[{"id', {
          headers: { "Content-Type": "application/json" },
        }),
    ],
  ])("a malformed 200 (%s) keeps the rows, with a warning", async (_, body) => {
    smallList();
    const { queryClient } = renderApp("/workspaces");
    await listShown();
    server.use(http.get("*/api/v2/workspaces", body));
    await queryClient.refetchQueries();
    expect(
      await screen.findByText(
        /^Showing earlier data: the latest refresh failed \(The server's answer/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "api-server" })).toBeInTheDocument();
    expect(screen.queryByText("No workspaces yet")).not.toBeInTheDocument();
  });

  test("older than two polling intervals, a warning says so and why; a good answer clears it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    smallList();
    const { queryClient } = renderApp("/workspaces");
    await listShown();
    // A refresh that hangs: "refreshing…" stays only as long as the request does.
    let release: () => void = () => undefined;
    server.use(
      http.get("*/api/v2/workspaces", async () => {
        await new Promise<void>((r) => (release = r));
        return HttpResponse.json({ workspaces: [], count: 0 });
      }),
    );
    void queryClient.refetchQueries();
    expect(await screen.findByText(/refreshing…/)).toBeInTheDocument();
    vi.setSystemTime(Date.now() + 2 * IDLE_REFETCH_MS + 5_000);
    const warning = await screen.findByText(
      /^Showing data from 1 min ago: a refresh is under way\.$/,
    );
    expect(warning).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "api-server" })).toBeInTheDocument();
    server.use(
      http.get("*/api/v2/workspaces", () => HttpResponse.json({ workspaces: [], count: 0 })),
    );
    release();
    expect(await screen.findByText("No workspaces yet")).toBeInTheDocument();
    expect(screen.queryByText(/^Showing data from/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Updated /)).toHaveTextContent("Updated just now");
  });

  test("a failed refresh that is old says when the data is from and what failed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    smallList();
    const { queryClient } = renderApp("/workspaces");
    await listShown();
    server.use(
      http.get(
        "*/api/v2/workspaces",
        () =>
          new HttpResponse("<h1>502 Bad Gateway</h1>", {
            status: 502,
            headers: { "Content-Type": "text/html" },
          }),
      ),
    );
    await queryClient.refetchQueries();
    vi.setSystemTime(Date.now() + 3 * 60_000);
    expect(
      await screen.findByText(
        /^Showing data from 3 min ago: the latest refresh failed \(The server answered 502/,
      ),
    ).toBeInTheDocument();
  });
});

describe("the detail page", () => {
  test("keeps polling at the idle cadence once settled, and pauses while the tab is hidden", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const w = fixture("api-server");
    const requests = recordRequests(server);
    const detailRequests = () => requests.filter((u) => u.pathname.endsWith(w.id)).length;
    renderApp(`/workspaces/${w.id}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "api-server" }, { timeout: 8_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(detailRequests()).toBe(1));

    await vi.advanceTimersByTimeAsync(IDLE_REFETCH_MS);
    await waitFor(() => expect(detailRequests()).toBe(2));

    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(3 * IDLE_REFETCH_MS);
    expect(detailRequests()).toBe(2);
    focusManager.setFocused(true);
    await waitFor(() => expect(detailRequests()).toBe(3));
  });

  test("a malformed answer keeps the workspace on screen, with a warning", async () => {
    const w = fixture("api-server");
    const { queryClient } = renderApp(`/workspaces/${w.id}`);
    const heading = await screen.findByRole(
      "heading",
      { level: 1, name: "api-server" },
      { timeout: 8_000 },
    );
    expect(await screen.findByText(/^Updated /)).toBeInTheDocument();
    server.use(http.get("*/api/v2/workspaces/:id", () => HttpResponse.json({ workspaces: [] })));
    await queryClient.refetchQueries();
    const warning = await screen.findByText(/^Showing earlier data: the latest refresh failed/);
    expect(within(warning).queryByText("api-server")).toBeNull();
    expect(heading).toBeInTheDocument();
  });
});
