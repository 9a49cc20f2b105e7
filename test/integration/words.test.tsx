import { screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { openOverview } from "../folds";
import { renderApp } from "../render";
import { WORKSPACE_STATUSES } from "../../src/domain/status";

// The words on the main views, read as a user reads them: no "1 credits", no fourth dot after an
// ellipsis, and no raw lower-case status value standing alone where a status is shown.

/** Every piece of text that stands alone in an element (a badge's label, a cell). */
function leafTexts(): string[] {
  return [...document.body.querySelectorAll("*")]
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent.trim())
    .filter(Boolean);
}

function expectGoodWords() {
  const text = document.body.textContent;
  expect(text).not.toMatch(/\b1 credits\b/);
  expect(text).not.toMatch(/…\.|\.{4}/);
  // The demo fleet also carries a status the dashboard doesn't know ("restarting"): it too shows in
  // sentence case, its raw form only on hover.
  const raw = new Set<string>([...WORKSPACE_STATUSES, "restarting"]);
  expect(leafTexts().filter((t) => raw.has(t))).toEqual([]);
}

test("list with its overview, a workspace's page and the attention view read as words", async () => {
  const { user } = renderApp("/workspaces");
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  await openOverview(user);
  await screen.findByRole("list", { name: /^Status of [\d,]+ workspaces$/ }, { timeout: 25_000 });
  expectGoodWords();

  // api-server's home volume costs 1 credit a day.
  await user.click(within(table).getByRole("link", { name: "api-server", hidden: true }));
  await screen.findByRole("heading", { level: 1, name: "api-server" }, { timeout: 10_000 });
  await screen.findByText(/^1 credit\/day$|· 1 credit/, {}, { timeout: 10_000 });
  expectGoodWords();

  await user.click(screen.getByRole("link", { name: "All workspaces" }));
  await user.click(
    await screen.findByRole("link", { name: /Needs attention/ }, { timeout: 25_000 }),
  );
  await screen.findByRole("heading", { level: 1, name: "Needs attention" }, { timeout: 10_000 });
  expectGoodWords();
}, 120_000);
