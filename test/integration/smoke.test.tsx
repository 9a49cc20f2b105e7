import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { renderApp } from "../render";

test("the list shows workspaces from the demo backend", async () => {
  renderApp("/workspaces");
  expect(await screen.findByRole("link", { name: "api-server" })).toBeInTheDocument();
});
