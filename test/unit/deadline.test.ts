import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { server } from "../../mocks/node";
import { ApiError } from "../../src/api/transport/client";
import { deadlineSignal, hasDeadline } from "../../src/api/transport/requestDeadline";
import { retriesFor, shouldRetry } from "../../src/api/transport/retry";
import { entryScriptOf } from "../../src/app/newVersion";
import { getWorkspace, getWorkspaces } from "../../src/api/workspaces";
import {
  DETAIL_DEADLINE_MS,
  IDLE_REFETCH_MS,
  isStale,
  listDeadlineMs,
} from "../../src/api/polling";
import { formatAge } from "../../src/domain/time";
import { fixture } from "../fixtures";

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const hang = () => new Promise<never>(() => undefined);

afterEach(() => {
  window.__earlyWorkspaces = undefined;
  vi.useRealTimers();
});

describe("deadline signals", () => {
  test("abort with a TimeoutError after their time, and not before", () => {
    vi.useFakeTimers();
    const { signal } = deadlineSignal(undefined, 20_000);
    expect(hasDeadline(signal)).toBe(true);
    vi.advanceTimersByTime(19_999);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toMatchObject({
      name: "TimeoutError",
      message: "The server did not answer within 20 s.",
    });
  });

  test("follow their parent's abort, and stop once cleared", () => {
    vi.useFakeTimers();
    const parent = new AbortController();
    const first = deadlineSignal(parent.signal, 1_000);
    parent.abort();
    expect(first.signal.aborted).toBe(true);
    expect(first.signal.reason).not.toMatchObject({ name: "TimeoutError" });

    const second = deadlineSignal(undefined, 1_000);
    second.clear();
    vi.advanceTimersByTime(5_000);
    expect(second.signal.aborted).toBe(false);
  });

  test("the list's deadline grows with the size expected, within bounds", () => {
    expect(DETAIL_DEADLINE_MS).toBe(15_000);
    expect(listDeadlineMs(undefined)).toBe(20_000);
    expect(listDeadlineMs(150)).toBe(24_000);
    expect(listDeadlineMs(5_000)).toBe(40_000);
    expect(listDeadlineMs(1_000_000)).toBe(60_000);
  });
});

describe("a request past its deadline", () => {
  test("is a timeout, not a cancel, on the detail", async () => {
    server.use(http.get("*/api/v2/workspaces/:id", hang));
    const { signal } = deadlineSignal(undefined, 300);
    const error = await failure(getWorkspace(fixture("api-server").id, false, { signal }));
    expect(error).toMatchObject({ kind: "timeout", status: 0 });
    expect(error.message).toBe("The server did not answer within 0 s.");
  });

  test("on the list, and a user's cancel stays a cancel", async () => {
    server.use(http.get("*/api/v2/workspaces", hang));
    const deadline = deadlineSignal(undefined, 300);
    expect(await failure(getWorkspaces("", { signal: deadline.signal }))).toMatchObject({
      kind: "timeout",
    });
    const user = new AbortController();
    const pending = failure(getWorkspaces("", { signal: user.signal }));
    user.abort();
    expect(await pending).toMatchObject({ kind: "aborted" });
  });

  test("a request without a deadline of its own gets the default", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    server.use(http.get("*/api/v2/workspaces/:id", hang));
    const pending = failure(getWorkspace(fixture("api-server").id, false));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await pending).toMatchObject({ kind: "timeout" });
  });

  test("an early response from index.html that never arrives obeys the deadline too", async () => {
    window.__earlyWorkspaces = { url: "/api/v2/workspaces", response: hang() };
    const { signal } = deadlineSignal(undefined, 300);
    expect(await failure(getWorkspaces("", { signal }))).toMatchObject({ kind: "timeout" });
  });

  test("timeouts get one retry, 5xx three, 4xx and cancels none", () => {
    const timeout = new ApiError({ kind: "timeout", status: 0, message: "t" });
    expect(retriesFor(timeout)).toBe(1);
    expect(shouldRetry(0, timeout)).toBe(true);
    expect(shouldRetry(1, timeout)).toBe(false);
    expect(retriesFor(new ApiError({ kind: "http", status: 502, message: "x" }))).toBe(3);
    expect(retriesFor(new ApiError({ kind: "http", status: 404, message: "x" }))).toBe(0);
    expect(retriesFor(new ApiError({ kind: "aborted", status: 0, message: "x" }))).toBe(0);
  });
});

describe("only a well-formed answer is data", () => {
  const shapes: [string, () => Response][] = [
    ['{"workspaces":"x"}', () => HttpResponse.json({ workspaces: "x" })],
    ["{}", () => HttpResponse.json({})],
    ["null", () => HttpResponse.json(null)],
    ["[]", () => HttpResponse.json([])],
    [
      "truncated JSON",
      () =>
        new HttpResponse('{"workspaces":[{"id":"a', {
          headers: { "Content-Type": "application/json" },
        }),
    ],
    [
      "an HTML page",
      () =>
        new HttpResponse("<html><body>Welcome</body></html>", {
          headers: { "Content-Type": "text/html" },
        }),
    ],
  ];

  test.each(shapes)("a 200 with %s is an invalid-response error", async (_, body) => {
    server.use(http.get("*/api/v2/workspaces", body));
    const error = await failure(getWorkspaces(""));
    expect(error).toMatchObject({ kind: "invalid-response", status: 200 });
  });

  test.each(shapes)("also when %s comes as index.html's early response", async (_, body) => {
    window.__earlyWorkspaces = { url: "/api/v2/workspaces", response: Promise.resolve(body()) };
    const error = await failure(getWorkspaces(""));
    expect(error).toMatchObject({ kind: "invalid-response", status: 200 });
  });

  test("a detail that is not a workspace is an invalid-response error", async () => {
    server.use(http.get("*/api/v2/workspaces/:id", () => HttpResponse.json(null)));
    expect(await failure(getWorkspace(fixture("api-server").id, false))).toMatchObject({
      kind: "invalid-response",
    });
  });
});

describe("freshness words", () => {
  test("age and staleness", () => {
    expect(formatAge(2_000)).toBe("just now");
    expect(formatAge(12_000)).toBe("12 s ago");
    expect(formatAge(180_000)).toBe("3 min ago");
    expect(isStale(2 * IDLE_REFETCH_MS, IDLE_REFETCH_MS)).toBe(false);
    expect(isStale(2 * IDLE_REFETCH_MS + 1, IDLE_REFETCH_MS)).toBe(true);
    // At the 5 s cadence, two intervals would flag every slow answer: one interval plus 10 s.
    expect(isStale(11_000, 5_000)).toBe(false);
    expect(isStale(15_001, 5_000)).toBe(true);
    expect(isStale(61_000, false)).toBe(true);
  });
});

describe("a new deployment", () => {
  test("is told by the entry script index.html names", () => {
    const html = `<!doctype html><html><head>
      <script>window.__early = 1;</script>
      <script type="module" crossorigin src="/dashboard/assets/index-CuUOFiLL.js"></script>
      <link rel="modulepreload" crossorigin href="/dashboard/assets/rolldown-runtime-Wk.js">
    </head><body><div id="root"></div></body></html>`;
    expect(entryScriptOf(html)).toBe("/dashboard/assets/index-CuUOFiLL.js");
    expect(entryScriptOf('<script type=module src="/src/main.tsx"></script>')).toBe(
      "/src/main.tsx",
    );
    expect(entryScriptOf("<html><body>502 Bad Gateway</body></html>")).toBeUndefined();
  });
});
