import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { mockBackend, server } from "../../mocks/node";
import { fixture, recordRequests } from "../fixtures";
import { unsafeUrlElements } from "../queries";
import { openMoreFilters, openOverview } from "../folds";
import { renderApp } from "../render";
import { craftAgent, craftApp, craftWorkspace } from "../crafted";

function listRequests(urls: URL[]) {
  return urls.filter((u) => u.pathname === "/api/v2/workspaces");
}

/** The filter in the page URL: Coder's query, `?q=`. */
function urlQuery(router: { state: { location: { search: string } } }): string | null {
  return new URLSearchParams(router.state.location.search).get("q");
}

async function rows() {
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  return within(table).getAllByRole("row").slice(1);
}

describe("the URL drives the request", () => {
  test("a shared link opens exactly that view, with documented params and q", async () => {
    const requests = recordRequests(server);
    const { user } = renderApp("/workspaces?owner=alice&status=running");
    const shown = await rows();
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) expect(row).toHaveTextContent(/Running/);
    const sent = listRequests(requests).at(-1);
    expect(sent?.searchParams.get("owner")).toBe("alice");
    expect(sent?.searchParams.get("status")).toBe("running");
    expect(sent?.searchParams.get("q")).toBe("owner:alice status:running");
    const filters = screen.getByRole("region", { name: "Filters" });
    expect(within(filters).getByRole("button", { name: "Remove owner:alice" })).toBeVisible();
    await openMoreFilters(user);
    expect(screen.getByLabelText("Owner")).toHaveValue("alice");
    expect(screen.getByLabelText("Status")).toHaveValue("running");
  });

  test("owner:me lists the demo caller's own workspaces, though the request also says owner=me", async () => {
    const requests = recordRequests(server);
    renderApp("/workspaces?q=owner:me");
    const own = mockBackend
      .entries()
      .filter((e) => !e.deleted && e.workspace.owner_name === mockBackend.caller);
    const shown = await rows();
    expect(shown).toHaveLength(own.length);
    for (const row of shown) expect(row).toHaveTextContent(mockBackend.caller);
    expect(screen.getByText(`${own.length} workspaces`)).toBeInTheDocument();
    expect(screen.queryByText("No workspaces match these filters")).not.toBeInTheDocument();
    const sent = listRequests(requests).at(-1);
    expect(sent?.searchParams.get("q")).toBe("owner:me");
    expect(sent?.searchParams.get("owner")).toBe("me");
  });

  test("quoted values and the newer keys reach coderd as typed, and coderd accepts them", async () => {
    const requests = recordRequests(server);
    const q = 'param:"image=ghcr.io/coder/coder-preview:main" has-ai-task:false shared:false';
    renderApp(`/workspaces?q=${encodeURIComponent(q)}`);
    await rows();
    const sent = listRequests(requests).at(-1);
    expect(sent?.searchParams.get("q")).toBe(q);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("/ redirects to the list", async () => {
    const { router } = renderApp("/");
    expect(await screen.findByRole("heading", { name: "Workspaces" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/workspaces");
  });
});

describe("controls", () => {
  test("status select, owner field and toggles write the URL and the request", async () => {
    const requests = recordRequests(server);
    const { user, router } = renderApp("/workspaces");
    await rows();
    await openMoreFilters(user);

    await user.selectOptions(screen.getByLabelText("Status"), "failed");
    await waitFor(() => expect(urlQuery(router)).toBe("status:failed"));

    await user.type(screen.getByLabelText("Owner"), "bob{Enter}");
    await waitFor(() => expect(urlQuery(router)).toBe("status:failed owner:bob"));
    await waitFor(() =>
      expect(listRequests(requests).at(-1)?.searchParams.get("q")).toBe("status:failed owner:bob"),
    );
    expect(await screen.findByRole("link", { name: "ml-training" })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Agent"), "Has any agent");
    await waitFor(() => expect(urlQuery(router)).toContain("has_agent:true"));
    await user.click(screen.getByRole("switch", { name: "Deleted" }));
    await waitFor(() => expect(urlQuery(router)).toContain("deleted:true"));
    await waitFor(() =>
      expect(listRequests(requests).at(-1)?.searchParams.get("deleted")).toBe("true"),
    );
    expect(screen.getByRole("note")).toHaveTextContent(/never lists deleted workspaces/);

    const filters = screen.getByRole("region", { name: "Filters" });
    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    expect(screen.getByLabelText("Owner")).toHaveValue("");
  });

  test("health and agent-state controls write today's terms", async () => {
    const requests = recordRequests(server);
    const { user, router } = renderApp("/workspaces");
    await rows();
    await openMoreFilters(user);
    await user.selectOptions(screen.getByLabelText("Health"), "Unhealthy");
    await waitFor(() => expect(urlQuery(router)).toBe("healthy:false"));
    await user.selectOptions(screen.getByLabelText("Agent"), "Disconnected");
    await waitFor(() => expect(urlQuery(router)).toBe("healthy:false has-agent:disconnected"));
    await waitFor(() =>
      // coderd's healthy: is not the dashboard's Healthy: a superset is asked, narrowed here.
      expect(listRequests(requests).at(-1)?.searchParams.get("q")).toBe(
        "status:running has-agent:disconnected",
      ),
    );
    await user.click(screen.getByRole("switch", { name: "Outdated" }));
    await waitFor(() => expect(urlQuery(router)).toContain("outdated:true"));
  });

  test("name searches as you type, once typing pauses", async () => {
    const requests = recordRequests(server);
    const { user, router } = renderApp("/workspaces");
    await rows();
    await openMoreFilters(user);
    await user.type(screen.getByLabelText("Name"), "server");
    await waitFor(() => expect(urlQuery(router)).toBe("name:server"));
    await waitFor(() => {
      const named = listRequests(requests).filter((u) => u.searchParams.has("name"));
      expect(named.map((u) => u.searchParams.get("name"))).toEqual(["server"]);
    });
    expect(await screen.findByRole("link", { name: "api-server" })).toBeInTheDocument();
  });

  test("the search box takes Coder's syntax and stays in sync with the controls", async () => {
    const { user, router } = renderApp("/workspaces?owner=carol");
    await rows();
    const search = screen.getByRole("combobox", { name: "Search" });
    expect(search).toHaveValue("owner:carol");
    await user.clear(search);
    await user.type(search, "owner:bob status:failed ml{Enter}");
    await waitFor(() => expect(urlQuery(router)).toBe("owner:bob status:failed ml"));
    await openMoreFilters(user);
    expect(screen.getByLabelText("Owner")).toHaveValue("bob");
    expect(screen.getByLabelText("Name")).toHaveValue("ml");
    expect(screen.getByLabelText("Status")).toHaveValue("failed");

    await user.selectOptions(screen.getByLabelText("Status"), "");
    await waitFor(() => expect(search).toHaveValue("owner:bob ml"));
  });

  test("a typo is caught in place, before any request, with the likely word", async () => {
    const requests = recordRequests(server);
    const { user, router } = renderApp("/workspaces");
    await rows();
    const before = listRequests(requests).length;
    const search = screen.getByRole("combobox", { name: "Search" });
    await user.type(search, "status:runnin{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /"runnin" is not a valid value\. Did you mean status:running\?/,
    );
    expect(search).toHaveAttribute("aria-invalid", "true");
    expect(router.state.location.search).toBe("");
    const sent = listRequests(requests).slice(before);
    expect(sent.filter((u) => u.search.includes("runnin"))).toEqual([]);
    expect(screen.queryByText("Couldn't load workspaces")).not.toBeInTheDocument();
  });

  test("a link with a bad query shows the error under the box and sends nothing", async () => {
    const requests = recordRequests(server);
    renderApp("/workspaces?q=colour:blue");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      '"colour" is not a valid query param.',
    );
    expect(screen.getByText(/Fix the search above/)).toBeInTheDocument();
    expect(listRequests(requests)).toHaveLength(0);
  });

  test("the server's 400 shows under the box in coderd's words, not as a page error", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json(
          {
            message: "Invalid workspace search query.",
            validations: [
              { field: "organization", detail: 'organization "nope" either does not exist' },
            ],
          },
          { status: 400 },
        ),
      ),
    );
    renderApp("/workspaces?q=organization:nope");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      'organization "nope" either does not exist',
    );
    expect(screen.queryByText("Couldn't load workspaces")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /retry/i })).not.toBeInTheDocument();
  });

  test("/ focuses the search box", async () => {
    const { user } = renderApp("/workspaces");
    await rows();
    await user.keyboard("/");
    expect(screen.getByRole("combobox", { name: "Search" })).toHaveFocus();
  });

  test("status summary counts the result and filters when clicked", async () => {
    const { user, router } = renderApp("/workspaces?q=owner:bob");
    await rows();
    await openOverview(user);
    const summary = await screen.findByRole("list", { name: /^Status of \d+ workspaces$/ });
    const failed = within(summary).getByRole("button", { name: /^Failed \d+/ });
    await user.click(failed);
    await waitFor(() => expect(urlQuery(router)).toBe("owner:bob status:failed"));
    const shown = await rows();
    const after = await screen.findByRole("list", { name: `Status of ${shown.length} workspaces` });
    expect(
      within(after).getByRole("button", { name: `Failed ${shown.length}` }),
    ).toBeInTheDocument();
  });
});

describe("table", () => {
  test("sorts by a column, with the sort in the URL", async () => {
    const { user, router } = renderApp("/workspaces?owner=alice");
    await rows();
    await user.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() => expect(router.state.location.search).toBe("?owner=alice&sort=name"));
    const names = (await rows()).map((r) => within(r).getAllByRole("cell")[0]?.textContent ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(screen.getByRole("columnheader", { name: "Name" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await user.click(screen.getByRole("button", { name: "Name" }));
    await waitFor(() =>
      expect(router.state.location.search).toBe("?owner=alice&sort=name&dir=desc"),
    );
  });

  test("a new page of rows shows a window of them first, then the rest; the table is busy until it is whole", async () => {
    renderApp("/workspaces");
    const table = await screen.findByRole("table", { name: "Workspaces" });
    // The first commit with rows: a window's worth (jsdom's window is 768 px tall), marked busy.
    await waitFor(() => expect(within(table).getAllByRole("row").length).toBeGreaterThan(1));
    const firstRows = within(table).getAllByRole("row").slice(1);
    expect(firstRows.length).toBeLessThan(50);
    expect(table).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
    const whole = within(table).getAllByRole("row").slice(1);
    expect(whole).toHaveLength(50);
    // The rows drawn first are the page's first rows, in order, still in place.
    expect(whole.slice(0, firstRows.length)).toEqual(firstRows);
  });

  test("shows the count, pages of 50 and the page in the URL", async () => {
    const { user, router } = renderApp("/workspaces");
    expect(await rows()).toHaveLength(50);
    expect(screen.getByText(/Showing 1–50 of \d+ workspaces/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to page 2" }));
    await waitFor(() => expect(router.state.location.search).toBe("?page=2"));
    expect(screen.getByText(/Showing 51–100 of/)).toBeInTheDocument();
  });

  test("a row shows name link, owner, template, status, build, last used and cost", async () => {
    const w = fixture("never-used");
    renderApp("/workspaces?name=never-used");
    const [row] = await rows();
    if (!row) throw new Error("no row");
    expect(within(row).getByRole("link", { name: "never-used" })).toHaveAttribute(
      "href",
      `/workspaces/${w.id}`,
    );
    expect(row).toHaveTextContent("niaj");
    expect(row).toHaveTextContent("AWS EC2 (Windows)");
    expect(row).toHaveTextContent("Running");
    expect(row).toHaveTextContent("Never");
    expect(row).toHaveTextContent(/\d+ credits/);
  });

  test("renders hostile and unknown values as plain text", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({
          count: 1,
          workspaces: [
            {
              id: "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21",
              name: "<img src=x onerror=alert(1)>",
              owner_name: "<b>eve</b>",
              template_name: "t",
              template_display_name: "",
              template_icon: "javascript:alert(1)",
              last_used_at: "0001-01-01T00:00:00Z",
              latest_build: { status: "hibernating", transition: "teleport" },
            },
          ],
        }),
      ),
    );
    renderApp("/workspaces");
    expect(
      await screen.findByRole("link", { name: "<img src=x onerror=alert(1)>" }),
    ).toBeInTheDocument();
    expect(screen.getAllByText("<b>eve</b>").length).toBeGreaterThan(0);
    expect(screen.getAllByText("Hibernating").length).toBeGreaterThan(0);
    expect(unsafeUrlElements()).toEqual([]);
  });
});

describe("states", () => {
  test("skeleton while loading", async () => {
    server.use(
      http.get("*/api/v2/workspaces", async () => {
        await new Promise((r) => setTimeout(r, 100));
        return HttpResponse.json({ workspaces: [], count: 0 });
      }),
    );
    renderApp("/workspaces");
    expect(screen.getByRole("table", { name: "Workspaces" })).toHaveAttribute("aria-busy", "true");
    expect(await screen.findByText("No workspaces yet")).toBeInTheDocument();
  });

  test("the server's error with a retry that recovers", async () => {
    let calls = 0;
    server.use(
      http.get("*/api/v2/workspaces", () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              { message: "Internal error fetching workspaces.", detail: "db down" },
              { status: 500 },
            )
          : HttpResponse.json({
              workspaces: [{ id: "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21", name: "back" }],
              count: 1,
            });
      }),
    );
    const { user } = renderApp("/workspaces");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load workspaces");
    expect(alert).toHaveTextContent("Internal error fetching workspaces. (HTTP 500)");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("link", { name: "back" })).toBeInTheDocument();
  });

  test("empty and filtered-empty are told apart", async () => {
    const { user, router } = renderApp("/workspaces?owner=nobody");
    expect(await screen.findByText("No workspaces match these filters")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Workspaces" });
    await user.click(within(table).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    // The whole fleet's first page: `hidden` skips jsdom's slow visibility walk over 50 rows' links.
    expect(
      await screen.findByRole("link", { name: "api-server", hidden: true }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    // A whole page of rows rendered in jsdom, on a shared 2-core machine.
  }, 90_000);

  test("the previous result stays while a new filter loads", async () => {
    const { user } = renderApp("/workspaces?owner=alice");
    await rows();
    await openMoreFilters(user);
    server.use(
      http.get("*/api/v2/workspaces", async () => {
        await new Promise((r) => setTimeout(r, 150));
        return HttpResponse.json({ workspaces: [], count: 0 });
      }),
    );
    await user.selectOptions(screen.getByLabelText("Status"), "failed");
    expect(
      await screen.findByRole("progressbar", { name: "Loading the new filter" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "api-server" })).toBeInTheDocument();
    expect(await screen.findByText("No workspaces match these filters")).toBeInTheDocument();
  });
});

describe("servers that ignore filters", () => {
  function ignoringServer() {
    // Answers every list request with the whole (non-deleted) fleet, whatever it was asked.
    const all = mockBackend
      .entries()
      .filter((e) => !e.deleted)
      .map((e) => e.workspace);
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({ count: all.length, workspaces: all }),
      ),
    );
  }

  test("what the controls say still holds: owner, status and has_agent", async () => {
    ignoringServer();
    renderApp("/workspaces?owner=bob&has_agent=false");
    const shown = await rows();
    expect(shown.map((r) => within(r).getAllByRole("cell")[0]?.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("bucket-only")]),
    );
    for (const row of shown) expect(row).toHaveTextContent("bob");
    expect(screen.getByText(/^\d+ workspaces?$/)).toBeInTheDocument();
  });

  test("deleted=true against a server whose list never holds deleted workspaces shows none", async () => {
    ignoringServer();
    renderApp("/workspaces?deleted=true");
    expect(await screen.findByText("No workspaces match these filters")).toBeInTheDocument();
    expect(
      screen.getAllByText(/A deployed coderd never lists deleted workspaces/).length,
    ).toBeGreaterThan(0);
  });
});

test("a workspace of many agents links a few of its apps in its row and counts the rest", async () => {
  const agents = Array.from({ length: 4 }, (_, i) =>
    craftAgent({
      name: `dev-${i}`,
      apps: ["code", "jupyter"].map((slug) => craftApp({ slug, display_name: slug })),
    }),
  );
  const w = craftWorkspace({ name: "many-apps", agents });
  server.use(
    http.get("*/api/v2/workspaces", () => HttpResponse.json({ workspaces: [w], count: 1 })),
  );
  renderApp("/workspaces");
  await screen.findByRole("link", { name: "many-apps" });
  const row = screen
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("link", { name: "many-apps" }));
  if (!row) throw new Error("no row");
  // Two agents carry the same apps: each link names its agent.
  const apps = within(row).getAllByRole("link", { name: /\(new tab\)$/ });
  expect(apps.map((a) => a.textContent)).toEqual([
    "many-apps: code (dev-0) (new tab)",
    "many-apps: jupyter (dev-0) (new tab)",
    "many-apps: code (dev-1) (new tab)",
    "many-apps: jupyter (dev-1) (new tab)",
    "many-apps: code (dev-2) (new tab)",
    "many-apps: jupyter (dev-2) (new tab)",
  ]);
  expect(within(row).getByText("+2 more apps on its page")).toBeInTheDocument();
});
