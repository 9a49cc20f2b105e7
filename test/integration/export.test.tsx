import { screen, waitFor, within } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { csvObjects } from "../csvRecords";
import { fixTheClock } from "../fixedClock";
import { agent, DAY, HOUR, MIN, NOW, serveFleet, ws } from "../craftedTriage";
import { renderApp } from "../render";

// The exported file is the list on screen, row for row and cell for cell, in the dashboard's words
// (health, triage) and coderd's (status), with each row's id and its page's address.

fixTheClock(NOW);

function fleet() {
  const sick = agent({ status: "disconnected", health: { healthy: false, reason: "lost" } });
  return [
    // Running for 35 s: one clock tick later the time in state reads otherwise.
    ws({ name: "a-just-started", status: "running", since: 35_000, agents: [agent()] }),
    ws({ name: "b-unhealthy", status: "running", since: 3 * HOUR, agents: [sick] }),
    ws({
      name: "c-failed",
      status: "failed",
      since: 2 * HOUR,
      job: { error: "terraform apply: exit status 1" },
    }),
    ws({ name: "d-stuck-stopping", status: "stopping", since: 2 * HOUR }),
    ws({ name: "e-stopped", status: "stopped", since: 4 * DAY }),
    ws({ name: "f-pending", status: "pending", since: 3 * MIN }),
  ];
}

test("the CSV holds the rows on screen, cell for cell, at the moment the list was drawn", async () => {
  serveFleet(fleet());
  const { user } = renderApp("/workspaces?sort=name");
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(7));
  const onScreen = within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole("cell");
      const link = within(row).getAllByRole("link")[0];
      return {
        name: link?.textContent,
        href: link?.getAttribute("href"),
        owner: cells[1]?.textContent,
        template: cells[2]?.textContent,
        status: cells[3]?.textContent,
        unhealthy: within(row).queryByRole("button", { name: /Unhealthy/ }) !== null,
        inState: cells[4]?.textContent,
        cost: cells[7]?.textContent,
      };
    });

  // The click comes 10 s after the list was drawn; the list's clock has not ticked since.
  vi.setSystemTime(NOW + 10_000);
  await user.click(await screen.findByRole("button", { name: "Copy CSV" }));
  expect(await screen.findByText("Copied 6 workspaces as CSV")).toBeVisible();
  const csv = csvObjects(await navigator.clipboard.readText());

  expect(csv.map((r) => r.name)).toEqual(onScreen.map((r) => r.name));
  csv.forEach((r, i) => {
    const shown = onScreen[i];
    if (!shown) throw new Error(`no row ${i} on screen`);
    expect(r.url).toBe(`${window.location.origin}${shown.href}`);
    expect(shown.href).toBe(`/workspaces/${r.id}`);
    expect(r.owner).toBe(shown.owner);
    expect(r.template).toBe(shown.template);
    // coderd's word: the badge says it capitalised, and nothing is added to it.
    expect(r.status).toMatch(/^[a-z]+$/);
    expect(shown.status?.toLowerCase()).toMatch(new RegExp(`^${r.status}`));
    expect(r.health === "unhealthy").toBe(shown.unhealthy);
    // The duration on screen, word for word; stuck is triage's to say.
    expect(shown.inState).toContain(r.time_in_state);
    expect(shown.inState?.startsWith("Stuck")).toBe(r.triage?.split("; ").includes("Stuck"));
    expect(shown.cost).toBe(`${r.daily_cost} credits`);
  });
  const byName = new Map(csv.map((r) => [r.name, r]));
  expect(byName.get("a-just-started")).toMatchObject({
    status: "running",
    health: "healthy",
    time_in_state: "35 s",
    time_in_state_seconds: "35",
    triage: "",
  });
  expect(byName.get("b-unhealthy")).toMatchObject({ health: "unhealthy", triage: "Unhealthy" });
  expect(byName.get("c-failed")).toMatchObject({
    status: "failed",
    health: "",
    triage: "Build failed",
    failure: "terraform apply: exit status 1",
  });
  expect(byName.get("d-stuck-stopping")).toMatchObject({ status: "stopping", triage: "Stuck" });
});
