import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, test } from "vitest";
import { setTimeFormat } from "../../src/components/timeFormat";
import { renderApp } from "../render";

afterEach(() => setTimeFormat("relative"));

test("exact times are one press away, for touch and keyboard too (not only in hover titles)", async () => {
  const { user } = renderApp("/workspaces");
  const table = await screen.findByRole("table", { name: "Workspaces" });
  await waitFor(() => expect(table).toHaveAttribute("aria-busy", "false"));
  const firstTime = () => within(table).getAllByRole("time")[0];
  expect(firstTime()).toHaveTextContent(/ago|just now|^in /);

  const toggle = screen.getByRole("button", { name: "Show exact times" });
  expect(toggle).toHaveAttribute("aria-pressed", "false");
  await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(firstTime()).not.toHaveTextContent(/ago|just now/);
  expect(firstTime()).toHaveTextContent(/\d{4}/);
});
