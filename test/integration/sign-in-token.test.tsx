import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { server } from "../../mocks/node";
import { setSessionToken } from "../../src/api/transport/session";
import { renderApp } from "../render";

// A token copied from a chat or a document can carry a character no header may hold (an en dash,
// a no-break space). fetch then throws before sending, which once read as "Could not reach the
// server", and sign-in was never offered again.

const signedOut = {
  message: "You are signed out or your session has expired. Please sign in again to continue.",
};

/** coderd: 401 unless the header holds "good-token"; records every token it was sent. */
function serveCoderd() {
  const seen: (string | null)[] = [];
  server.use(
    http.get("*/api/v2/workspaces", ({ request }) => {
      const token = request.headers.get("Coder-Session-Token");
      seen.push(token);
      if (token !== "good-token") return HttpResponse.json(signedOut, { status: 401 });
      return HttpResponse.json({
        count: 1,
        workspaces: [{ id: "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21", name: "mine" }],
      });
    }),
  );
  return seen;
}

describe("a token no header can carry", () => {
  test("the dialog refuses it with a clear message, and a good one still signs in", async () => {
    const seen = serveCoderd();
    const { user } = renderApp("/workspaces");
    // The first render of a file pays for module loading on a busy machine.
    const dialog = await screen.findByRole(
      "dialog",
      { name: "Sign in to Coder" },
      { timeout: 10_000 },
    );
    const field = within(dialog).getByLabelText(/Session token/);
    await user.click(field);
    await user.paste("abc123\u2013secret");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));

    expect(field).toHaveAccessibleDescription(
      /not a session token: it has a character that is not plain ASCII at position 7/,
    );
    expect(field).toBeInvalid();
    expect(screen.getByRole("dialog", { name: "Sign in to Coder" })).toBeInTheDocument();
    expect(screen.queryByText(/Could not reach the server/)).not.toBeInTheDocument();
    expect(seen).not.toContain("abc123\u2013secret");

    await user.clear(field);
    await user.paste("good-token");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("link", { name: "mine" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  test("a bad token already held (remembered, say) is dropped and sign-in offered again", async () => {
    const seen = serveCoderd();
    setSessionToken("abc123\u00a0secret\u2013", { remember: true });
    const { user } = renderApp("/workspaces");
    const dialog = await screen.findByRole("dialog", { name: "Sign in to Coder" });
    expect(screen.queryByText(/Could not reach the server/)).not.toBeInTheDocument();
    expect(sessionStorage.getItem("coder-dashboard.session-token")).toBeNull();
    // The request went out without it (and coderd asked for a token), never failed before sending.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((t) => t === null)).toBe(true);

    await user.type(within(dialog).getByLabelText(/Session token/), "good-token");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("link", { name: "mine" })).toBeInTheDocument();
  });
});
