import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { apiGet, isApiError } from "../../src/api/transport/client";
import { EARLY_RESPONSE_TTL_MS, takeEarlyResponse } from "../../src/api/transport/earlyResponse";
import { SESSION_TOKEN_STORAGE_KEY } from "../../src/api/transport/sessionKey";
import { clearSessionToken, setSessionToken } from "../../src/api/transport/session";
import { FIRST_PAGE, workspacesSearchParams } from "../../src/api/list/listRequest";
import { EARLY_LIST_URL, earlyFetchScript } from "../../src/server/earlyFetchScript";
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { startEarlyListLoad } from "../../src/api/earlyList";
import { workspacesQuery } from "../../src/api/queries";
import { craftWorkspace } from "../crafted";

const LIST = EARLY_LIST_URL;

function runScript(base = "/") {
  // The exact text index.html carries (jsdom runs no inline <script> here).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(earlyFetchScript(base)) as () => void;
  run();
}

function plant(response: Response, startedAt = performance.now()) {
  const abort = vi.fn();
  window.__earlyWorkspaces = { url: LIST, response: Promise.resolve(response), startedAt, abort };
  return abort;
}

function unauthorized() {
  return Response.json(
    {
      message: "You are signed out or your session has expired. Please sign in again to continue.",
    },
    { status: 401 },
  );
}

beforeEach(() => {
  window.__earlyWorkspaces = undefined;
  sessionStorage.clear();
  window.history.replaceState(null, "", "/workspaces");
});
afterEach(() => {
  window.__earlyWorkspaces = undefined;
  sessionStorage.clear();
});

describe("the inline script", () => {
  test("starts the unfiltered list request on the list page", () => {
    const fetch = vi
      .spyOn(window, "fetch")
      .mockResolvedValue(Response.json({ workspaces: [], count: 0 }));
    runScript();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe(LIST);
    expect(window.__earlyWorkspaces?.url).toBe(LIST);
  });

  test("sends nothing when this tab remembers a token (a tokenless answer would be a 401)", () => {
    const fetch = vi.spyOn(window, "fetch").mockResolvedValue(Response.json({}));
    sessionStorage.setItem(SESSION_TOKEN_STORAGE_KEY, "remembered");
    runScript();
    expect(fetch).not.toHaveBeenCalled();
    expect(window.__earlyWorkspaces).toBeUndefined();
  });

  test("sends nothing on a detail page or a filtered list", () => {
    const fetch = vi.spyOn(window, "fetch").mockResolvedValue(Response.json({}));
    window.history.replaceState(null, "", "/workspaces/abc");
    runScript();
    window.history.replaceState(null, "", "/workspaces?owner=bob");
    runScript();
    window.history.replaceState(null, "", "/workspaces?q=owner%3Abob");
    runScript();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("takeEarlyResponse", () => {
  test("hands the response over once", async () => {
    const response = Response.json({ workspaces: [], count: 0 });
    plant(response);
    expect(await takeEarlyResponse(LIST)).toBe(response);
    expect(await takeEarlyResponse(LIST)).toBeUndefined();
  });

  test("the first request uses it up even when it asks for something else", async () => {
    const abort = plant(Response.json({ workspaces: [], count: 0 }));
    expect(await takeEarlyResponse(`${LIST}?q=owner%3Abob`)).toBeUndefined();
    expect(abort).toHaveBeenCalled();
    expect(await takeEarlyResponse(LIST)).toBeUndefined();
  });

  test("expires when not taken during the first load", async () => {
    const abort = plant(
      Response.json({ workspaces: [], count: 0 }),
      performance.now() - EARLY_RESPONSE_TTL_MS - 1,
    );
    expect(await takeEarlyResponse(LIST)).toBeUndefined();
    expect(abort).toHaveBeenCalled();
  });
});

describe("sign-in state drops it", () => {
  test("after Sign out, a stale early 401 never shows: the list is asked again", async () => {
    setSessionToken("remembered", { remember: true });
    // A page loaded while remembering a token, then signed out before any list request used the 401.
    const abort = plant(unauthorized());
    clearSessionToken();
    expect(abort).toHaveBeenCalled();
    expect(window.__earlyWorkspaces).toBeUndefined();
    const body = await apiGet(
      "/workspaces",
      workspacesSearchParams("", FIRST_PAGE),
      {},
      (json) => json,
    );
    expect(body).toMatchObject({ count: expect.any(Number) as number });
  });

  test("signing in drops it too", async () => {
    plant(unauthorized());
    setSessionToken("typed", { remember: false });
    expect(window.__earlyWorkspaces).toBeUndefined();
    clearSessionToken();
    await expect(
      apiGet("/workspaces", workspacesSearchParams("", FIRST_PAGE), {}, (json) => json),
    ).resolves.toBeDefined();
  });

  test("without any sign-in change, the first load does use it (the 401 is real then)", async () => {
    plant(unauthorized());
    const error: unknown = await apiGet(
      "/workspaces",
      workspacesSearchParams("", FIRST_PAGE),
      {},
      (json) => json,
    ).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
  });
});

describe("the list's load at boot", () => {
  test("reads the early answer before any page asks for it, with no second request", async () => {
    const fetch = vi.spyOn(window, "fetch");
    const rows = [craftWorkspace({ name: "first" }), craftWorkspace({ name: "second" })];
    plant(Response.json({ workspaces: rows, count: 2 }));
    const client = new QueryClient();
    const firstRows = startEarlyListLoad(client);
    expect(window.__earlyWorkspaces).toBeUndefined();
    // What boot waits for before the first render: the rows are in the cache when it resolves.
    await firstRows;
    expect(
      client.getQueryData(workspacesQuery("").queryKey)?.workspaces.map((w) => w.name),
    ).toEqual(["first", "second"]);
    expect(fetch).not.toHaveBeenCalled();
  });

  test("the rest of the fleet is asked for only once a screen has shown the first rows", async () => {
    const fetch = vi.spyOn(window, "fetch");
    const rows = Array.from({ length: 50 }, (_, i) => craftWorkspace({ name: `ws-${i}` }));
    plant(Response.json({ workspaces: rows, count: 200 }));
    const client = new QueryClient();
    await startEarlyListLoad(client);
    // React's first render has not run yet: many frames pass, and nothing else is asked.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetch).not.toHaveBeenCalled();
    // The list page mounts (its query's observer) and paints: now the next chunk goes out.
    const stop = new QueryObserver(client, workspacesQuery("")).subscribe(() => {});
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const input = fetch.mock.calls[0]?.[0];
    const asked = new URL(input instanceof Request ? input.url : String(input)).searchParams;
    expect(Number(asked.get("offset"))).toBeGreaterThan(0);
    stop();
    await client.cancelQueries();
  });

  test("a failed early answer settles the wait too: the first render is not held back", async () => {
    plant(new Response("upstream down", { status: 502 }));
    const client = new QueryClient();
    await startEarlyListLoad(client);
    expect(client.getQueryState(workspacesQuery("").queryKey)?.status).toBe("error");
  });

  test("starts nothing when index.html asked for nothing (a filtered list, a detail page)", () => {
    const client = new QueryClient();
    expect(startEarlyListLoad(client)).toBeUndefined();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
