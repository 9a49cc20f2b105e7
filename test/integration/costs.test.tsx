import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { server } from "../../mocks/node";
import { craftWorkspace, serveWorkspace } from "../crafted";
import { factValue } from "../queries";
import { openOverview } from "../folds";
import { renderApp } from "../render";

/** The fleet as JSON, with `"INFINITY"` written as a number JSON can carry but JS can't print. */
function serveRawFleet(workspaces: unknown[]) {
  const body = JSON.stringify({ count: workspaces.length, workspaces }).replace(
    /"INFINITY"/g,
    "1e999",
  );
  server.use(
    http.get(
      "*/api/v2/workspaces",
      () => new HttpResponse(body, { headers: { "Content-Type": "application/json" } }),
    ),
  );
}

const costed = (name: string, cost: unknown) => {
  const w = craftWorkspace({ name });
  return { ...w, latest_build: { ...w.latest_build, daily_cost: cost } };
};

describe("absurd costs", () => {
  test("the list shows '—' with why; the total skips them and says how many", async () => {
    serveRawFleet([
      costed("fair", 3),
      costed("huge", 1.7e308),
      costed("infinite", "INFINITY"),
      costed("negative", -40),
      costed("fair-2", 7),
    ]);
    const { user } = renderApp("/workspaces");
    const table = await screen.findByRole("table", { name: "Workspaces" }, { timeout: 10_000 });
    await within(table).findByRole("link", { name: "huge" }, { timeout: 10_000 });
    const row = (name: string) => {
      const found = within(table)
        .getAllByRole("row")
        .find((r) => within(r).queryByRole("link", { name }) !== null);
      if (!found) throw new Error(`no row ${name}`);
      return found;
    };
    for (const name of ["huge", "infinite", "negative"]) {
      const cell = within(row(name)).getByTitle(/^Unknown: coderd sent /);
      expect(cell).toHaveTextContent("— unknown");
    }
    expect(within(row("huge")).getByTitle(/1\.70e\+308/)).toBeInTheDocument();
    expect(row("fair")).toHaveTextContent("3 credits");
    expect(table).not.toHaveTextContent(/\d{12}/);

    await openOverview(user);
    const overview = await screen.findByRole(
      "region",
      { name: "Fleet overview" },
      { timeout: 10_000 },
    );
    expect(within(overview).getByText(/Total daily cost/)).toHaveTextContent(
      "Total daily cost: 10 credits (3 workspaces with an unknown cost left out)",
    );
    expect(overview).not.toHaveTextContent("∞");
  });

  test("the detail's build and resource costs show '—' too", async () => {
    const w = craftWorkspace({ name: "pricey" });
    const build = w.latest_build;
    serveWorkspace({
      ...w,
      latest_build: {
        ...build,
        daily_cost: -3,
        resources: build.resources.map((r) => ({ ...r, daily_cost: 1.7e308 })),
      },
    });
    renderApp(`/workspaces/${w.id}`);
    await screen.findByRole("heading", { level: 1, name: "pricey" }, { timeout: 5000 });
    await screen.findByRole("article", { name: "Resource dev" });
    expect(factValue("Daily cost")).toHaveTextContent("— unknown");
    expect(within(factValue("Daily cost")).getByTitle(/sent -3,/)).toBeInTheDocument();
    const resource = screen.getByRole("article", { name: "Resource dev" });
    expect(within(resource).getByTitle(/sent 1\.70e\+308/)).toHaveTextContent("— unknown");
  });
});
