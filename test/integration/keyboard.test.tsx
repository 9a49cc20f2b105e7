import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderApp } from "../render";

async function firstRowLink() {
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  const [, row] = within(table).getAllByRole("row");
  if (!row) throw new Error("no rows");
  return within(row).getAllByRole("link")[0];
}

test("coming back from a workspace puts focus on the row that was opened", async () => {
  const { user } = renderApp("/workspaces");
  const link = await firstRowLink();
  if (!link) throw new Error("no link");
  const name = link.textContent;
  await user.click(link);
  const back = await screen.findByRole("link", { name: "All workspaces" }, { timeout: 10_000 });
  await user.click(back);
  const again = await screen.findByRole("link", { name });
  await waitFor(() => expect(again).toHaveFocus());
});

test("coming back to a row below the first screen puts focus on it, once the rows below are drawn", async () => {
  const { user } = renderApp("/workspaces");
  const list = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(list).toHaveAttribute("aria-busy", "false"));
  const rows = within(list).getAllByRole("row").slice(1);
  expect(rows).toHaveLength(50);
  const last = rows.at(-1);
  if (!last) throw new Error("no rows");
  const link = within(last).getAllByRole("link")[0];
  if (!link) throw new Error("no link");
  const name = link.textContent;
  await user.click(link);
  await user.click(
    await screen.findByRole("link", { name: "All workspaces" }, { timeout: 10_000 }),
  );
  // The list comes back with its first screen of rows, then the rest; focus waits for its row.
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  const row = within(table).getAllByRole("row").at(-1);
  if (!row) throw new Error("no rows");
  const again = within(row).getAllByRole("link")[0];
  expect(again).toHaveTextContent(name);
  await waitFor(() => expect(again).toHaveFocus());
});

test("the first page of a visit keeps focus at the top; a route change moves it to the new heading", async () => {
  const { user } = renderApp("/workspaces");
  const link = await firstRowLink();
  if (!link) throw new Error("no link");
  // Long enough for a heading-focus attempt (one animation frame at a time) to have happened.
  await new Promise((r) => setTimeout(r, 100));
  expect(screen.getByRole("heading", { level: 1, name: "Workspaces" })).not.toHaveFocus();
  expect(document.body).toHaveFocus();
  await user.click(link);
  const heading = await screen.findByRole("heading", { level: 1, name: link.textContent });
  await waitFor(() => expect(heading).toHaveFocus());
});

test("a row's name is a real link: a modified click (new tab) is left to the browser, a plain one opens the page here", async () => {
  const { user, router } = renderApp("/workspaces?q=status%3Arunning");
  const link = await firstRowLink();
  if (!link) throw new Error("no link");
  expect(link.getAttribute("href")).toMatch(/^\/workspaces\/[^/?#]+$/);
  const clicked = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
  link.dispatchEvent(clicked);
  expect(clicked.defaultPrevented).toBe(false);
  expect(router.state.location.pathname).toBe("/workspaces");
  await user.click(link);
  await waitFor(() => expect(router.state.location.pathname).toBe(link.getAttribute("href")));
  // The way back is the list as it was, filter and all.
  await user.click(await screen.findByRole("link", { name: "All workspaces" }));
  await waitFor(() => expect(router.state.location.search).toBe("?q=status%3Arunning"));
});
