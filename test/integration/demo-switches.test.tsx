import { screen } from "@testing-library/react";
import { afterEach, expect, test } from "vitest";
import { setDemoSwitches } from "../../src/app/demoSwitches";
import { renderApp } from "../render";

afterEach(() => setDemoSwitches([]));

test("while a demo switch is on, every page says so and offers a reset", async () => {
  setDemoSwitches(["5,000 workspaces", "the list fails (502)"]);
  renderApp("/workspaces");
  const banner = await screen.findByText(/Demo switches on: 5,000 workspaces, the list fails/);
  expect(banner).toBeVisible();
  expect(screen.getByRole("button", { name: "Reset demo" })).toBeInTheDocument();
});

test("the plain demo shows no banner", async () => {
  renderApp("/workspaces");
  expect(await screen.findByRole("heading", { name: "Workspaces" })).toBeInTheDocument();
  expect(screen.queryByText(/Demo switches on/)).not.toBeInTheDocument();
});
