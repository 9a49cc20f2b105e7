import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, test } from "vitest";
import { server } from "../../mocks/node";
import { ErrorBoundary } from "../../src/app/ErrorBoundary";
import { renderApp } from "../render";

describe("shell", () => {
  test("an unknown path shows a not-found page with a way back", async () => {
    renderApp("/nowhere");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to workspaces" })).toHaveAttribute(
      "href",
      "/workspaces",
    );
  });

  test("the top bar names the backend and the theme toggle cycles system, light, dark", async () => {
    const { user } = renderApp("/workspaces");
    expect(screen.getByText("Backend:", { exact: false })).toBeInTheDocument();
    const toggle = screen.getByRole("button", { name: "Theme: follows the system" });
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "Theme: light" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Theme: light" }));
    expect(screen.getByRole("button", { name: "Theme: dark" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Theme: dark" }));
  });

  test("a render error shows a useful message instead of a blank page", async () => {
    function Broken(): never {
      throw new Error("Cannot read properties of undefined (reading 'agents')");
    }
    const silence = console.error;
    console.error = () => undefined;
    try {
      renderApp(
        "/",
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>,
      );
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent("This page hit an error");
      expect(alert).toHaveTextContent("reading 'agents'");
      expect(screen.getByRole("link", { name: "Back to workspaces" })).toBeInTheDocument();
    } finally {
      console.error = silence;
    }
  });
});

describe("signing in after a 401", () => {
  const signedOut = {
    message: "You are signed out or your session has expired. Please sign in again to continue.",
  };

  test("asks for a token, sends it as a header, and loads the view the user was on", async () => {
    const seen: { token: string | null; url: string }[] = [];
    server.use(
      http.get("*/api/v2/workspaces", ({ request }) => {
        const token = request.headers.get("Coder-Session-Token");
        seen.push({ token, url: request.url });
        if (token !== "good-token") return HttpResponse.json(signedOut, { status: 401 });
        return HttpResponse.json({
          count: 1,
          workspaces: [
            { id: "7f9c2ba4-e88f-4c1a-a9d4-3b1f5c0e8d21", name: "mine", owner_name: "bob" },
          ],
        });
      }),
    );
    const { user, router } = renderApp("/workspaces?owner=bob");
    const dialog = await screen.findByRole("dialog", { name: "Sign in to Coder" });
    expect(within(dialog).getByText(signedOut.message)).toBeInTheDocument();
    expect(within(dialog).getByText("coder tokens create")).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/Session token/), "good-token");
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("link", { name: "mine" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(router.state.location.search).toBe("?owner=bob");
    expect(seen.at(-1)?.token).toBe("good-token");
    expect(seen.every((r) => !r.url.includes("good-token"))).toBe(true);
    const stored = [sessionStorage, localStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => s.getItem(s.key(i) ?? "") ?? ""),
    );
    expect(stored.filter((v) => v.includes("good-token"))).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("dialog", { name: "Sign in to Coder" })).toBeInTheDocument();
  });

  test("'remember in this tab' keeps the token in sessionStorage only", async () => {
    server.use(
      http.get("*/api/v2/workspaces", ({ request }) =>
        request.headers.get("Coder-Session-Token") === "tab-token"
          ? HttpResponse.json({ count: 0, workspaces: [] })
          : HttpResponse.json(signedOut, { status: 401 }),
      ),
    );
    const { user } = renderApp("/workspaces");
    const dialog = await screen.findByRole("dialog", { name: "Sign in to Coder" });
    await user.type(within(dialog).getByLabelText(/Session token/), "tab-token");
    await user.click(within(dialog).getByRole("checkbox", { name: "Remember in this tab" }));
    await user.click(within(dialog).getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("No workspaces yet")).toBeInTheDocument();
    expect(sessionStorage.getItem("coder-dashboard.session-token")).toBe("tab-token");
    expect(localStorage.getItem("coder-dashboard.session-token")).toBeNull();
  });

  test("the dialog can be dismissed and reopened from the top bar", async () => {
    server.use(
      http.get("*/api/v2/workspaces", () => HttpResponse.json(signedOut, { status: 401 })),
    );
    const { user } = renderApp("/workspaces");
    const dialog = await screen.findByRole("dialog", { name: "Sign in to Coder" });
    await user.click(within(dialog).getByRole("button", { name: "Not now" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("alert")).toHaveTextContent("signed out");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("dialog", { name: "Sign in to Coder" })).toBeInTheDocument();
  });
});
