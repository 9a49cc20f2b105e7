import { screen, waitFor, within } from "@testing-library/react";
import { http } from "msw";
import { expect, test } from "vitest";
import { mockBackend, server } from "../../mocks/node";
import { renderApp } from "../render";

// Every sortable column, by its heading, and its key in the URL.
const COLUMNS = [
  ["Name", "name"],
  ["Owner", "owner"],
  ["Template", "template"],
  ["Status", "status"],
  ["In state", "state"],
  ["Latest build", "build"],
  ["Last used", "last_used"],
  ["Daily cost", "cost"],
] as const;

/** The fleet's chunks after the first page wait until the test lets them through. */
function holdChunks(): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get("*/api/v2/workspaces", async ({ request }) => {
      if (new URL(request.url).searchParams.has("offset")) await held;
    }),
  );
  return release;
}

async function loadedTable() {
  const table = await screen.findByRole("table", { name: "Workspaces" }, { timeout: 8_000 });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  return table;
}

/** The headings that say they are sorted, with how. */
function sortedHeadings(table: HTMLElement) {
  return within(table)
    .getAllByRole("columnheader")
    .filter((th) => th.hasAttribute("aria-sort"))
    .map((th) => [th.textContent, th.getAttribute("aria-sort")]);
}

const banner = () => screen.queryByText(/^Sorted by .* read; the rest is loading\.$/);

test("a list sorted while the fleet loads says among how many, with the arrow on its column", async () => {
  const release = holdChunks();
  const total = mockBackend.entries().filter((e) => !e.deleted).length;
  const { user, router } = renderApp("/workspaces?sort=cost&dir=desc");
  const table = await loadedTable();

  expect(
    await screen.findByText(`Sorted by Daily cost among 50 of ${total} read; the rest is loading.`),
  ).toBeInTheDocument();
  expect(sortedHeadings(table)).toEqual([["Daily cost", "descending"]]);
  // The first page holds the dearest of the rows read so far, dearest first.
  const costs = within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => Number(/(\d+) credits?$/.exec(row.textContent)?.[1] ?? -1));
  expect(costs).toEqual([...costs].sort((a, b) => b - a));

  // A click on another heading sorts by it, ascending: the arrow goes with it.
  for (const [label, key] of COLUMNS) {
    const heading = within(table).getByRole("columnheader", { name: label });
    await user.click(within(heading).getByRole("button", { name: label }));
    await waitFor(() => expect(router.state.location.search).toContain(`sort=${key}`));
    expect(sortedHeadings(table)).toEqual([[label, "ascending"]]);
    expect(banner()).toHaveTextContent(
      `Sorted by ${label} among 50 of ${total} read; the rest is loading.`,
    );
  }
  // Daily cost again: descending.
  await user.click(screen.getByRole("button", { name: "Daily cost" }));
  await waitFor(() => expect(sortedHeadings(table)).toEqual([["Daily cost", "descending"]]));

  release();
  await waitFor(() => expect(banner()).toBeNull(), { timeout: 30_000 });
  expect(sortedHeadings(table)).toEqual([["Daily cost", "descending"]]);
});

test("no banner for the server's own order while the fleet loads", async () => {
  const release = holdChunks();
  renderApp("/workspaces");
  const table = await loadedTable();
  expect(screen.getByRole("progressbar", { name: "Workspaces loaded" })).toBeInTheDocument();
  expect(banner()).toBeNull();
  expect(sortedHeadings(table)).toEqual([]);
  release();
});
