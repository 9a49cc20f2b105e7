import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { mockBackend, server } from "../../mocks/node";
import { fixture, recordRequests } from "../fixtures";
import { unsafeUrlElements } from "../queries";
import { renderApp } from "../render";

function listRequests(urls: URL[]) {
  return urls.filter((u) => u.pathname === "/api/v2/workspaces");
}

async function rows() {
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  return within(table).getAllByRole("row").slice(1);
}

describe("the URL drives the request", () => {
  test("a shared link opens exactly that view, with documented params and q", async () => {
    const requests = recordRequests(server);
    renderApp("/workspaces?owner=alice&status=running");
    const shown = await rows();
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) expect(row).toHaveTextContent(/Running/);
    const sent = listRequests(requests).at(-1);
    expect(sent?.searchParams.get("owner")).toBe("alice");
    expect(sent?.searchParams.get("status")).toBe("running");
    expect(sent?.searchParams.get("q")).toBe("owner:alice status:running");
    expect(screen.getByLabelText("Owner")).toHaveValue("alice");
    expect(screen.getByLabelText("Status")).toHaveValue("running");
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

    await user.selectOptions(screen.getByLabelText("Status"), "failed");
    await waitFor(() => expect(router.state.location.search).toBe("?status=failed"));

    await user.type(screen.getByLabelText("Owner"), "bob{Enter}");
    await waitFor(() => expect(router.state.location.search).toBe("?status=failed&owner=bob"));
    await waitFor(() =>
      expect(listRequests(requests).at(-1)?.searchParams.get("q")).toBe("owner:bob status:failed"),
    );
    expect(await screen.findByRole("link", { name: "ml-training" })).toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: "Has agent" }));
    await waitFor(() => expect(router.state.location.search).toContain("has_agent=true"));
    await user.click(screen.getByRole("switch", { name: "Deleted" }));
    await waitFor(() => expect(router.state.location.search).toContain("deleted=true"));
    expect(listRequests(requests).at(-1)?.searchParams.get("deleted")).toBe("true");

    const filters = screen.getByRole("region", { name: "Filters" });
    await user.click(within(filters).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    expect(screen.getByLabelText("Owner")).toHaveValue("");
  });

  test("name searches as you type, once typing pauses", async () => {
    const requests = recordRequests(server);
    const { user, router } = renderApp("/workspaces");
    await rows();
    await user.type(screen.getByLabelText("Name"), "server");
    await waitFor(() => expect(router.state.location.search).toBe("?name=server"));
    await waitFor(() => {
      const named = listRequests(requests).filter((u) => u.searchParams.has("name"));
      expect(named.map((u) => u.searchParams.get("name"))).toEqual(["server"]);
    });
    expect(await screen.findByRole("link", { name: "api-server" })).toBeInTheDocument();
  });

  test("the search box takes Coder's syntax and stays in sync with the controls", async () => {
    const { user, router } = renderApp("/workspaces?owner=carol");
    await rows();
    const search = screen.getByRole("textbox", { name: "Search" });
    expect(search).toHaveValue("owner:carol");
    await user.clear(search);
    await user.type(search, "owner:bob status:failed ml{Enter}");
    await waitFor(() =>
      expect(router.state.location.search).toBe("?owner=bob&name=ml&status=failed"),
    );
    expect(screen.getByLabelText("Owner")).toHaveValue("bob");
    expect(screen.getByLabelText("Name")).toHaveValue("ml");
    expect(screen.getByLabelText("Status")).toHaveValue("failed");

    await user.selectOptions(screen.getByLabelText("Status"), "");
    await waitFor(() => expect(search).toHaveValue("owner:bob name:ml"));

    await user.clear(search);
    await user.type(search, "colour:blue{Enter}");
    expect(screen.getByText(/Unknown filter "colour"/)).toBeInTheDocument();
  });

  test("/ focuses the search box", async () => {
    const { user } = renderApp("/workspaces");
    await rows();
    await user.keyboard("/");
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveFocus();
  });

  test("status summary counts the result and filters when clicked", async () => {
    const { user, router } = renderApp("/workspaces?owner=bob");
    await rows();
    const summary = screen.getByRole("list", { name: "Workspaces by status" });
    const failed = within(summary).getByRole("button", { name: /^Failed \d+/ });
    await user.click(failed);
    await waitFor(() => expect(router.state.location.search).toBe("?owner=bob&status=failed"));
    const shown = await rows();
    expect(
      within(summary).getByRole("button", { name: new RegExp(`^Failed ${shown.length}$`) }),
    ).toHaveAttribute("aria-pressed", "true");
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
    expect(screen.getByText("<b>eve</b>")).toBeInTheDocument();
    expect(screen.getAllByText("hibernating").length).toBeGreaterThan(0);
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
    expect(await screen.findByRole("link", { name: "api-server" })).toBeInTheDocument();
  });

  test("the previous result stays while a new filter loads", async () => {
    const { user } = renderApp("/workspaces?owner=alice");
    await rows();
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
      screen.getByText(/A deployed coderd never lists deleted workspaces/),
    ).toBeInTheDocument();
  });
});
