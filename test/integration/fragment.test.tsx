import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { fixture } from "../fixtures";
import { renderApp } from "../render";

// A fragment comes from whoever wrote the link: one that does not decode is no anchor, never a crash.
test.each(["#%E0%A4%A", "#%", "#agent-%ZZ"])(
  "the detail page at %s renders, without the error boundary",
  async (hash) => {
    const w = fixture("api-server");
    renderApp(`/workspaces/${w.id}${hash}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "api-server" }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByText("This page hit an error")).not.toBeInTheDocument();
  },
);
