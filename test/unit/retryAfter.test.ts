import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, test, vi } from "vitest";
import { server } from "../../mocks/node";
import { ApiError, isApiError } from "../../src/api/transport/client";
import { clearRequestPause } from "../../src/api/transport/requestPause";
import { retriesFor, retryDelay } from "../../src/api/transport/retry";
import { getWorkspaces } from "../../src/api/workspaces";
import { MAX_RETRY_AFTER_MS, retryAfterMs } from "../../src/domain/retryAfter";
import { recordRequests } from "../fixtures";

afterEach(() => {
  clearRequestPause();
  vi.useRealTimers();
});

const NOW = Date.parse("2026-12-05T10:00:00Z");

describe("reading Retry-After", () => {
  test("delay-seconds", () => {
    expect(retryAfterMs("120", NOW)).toBe(120_000);
    expect(retryAfterMs(" 5 ", NOW)).toBe(5_000);
  });

  test("an HTTP date, against the answer's own Date when it sent one", () => {
    expect(retryAfterMs("Sat, 05 Dec 2026 10:02:00 GMT", NOW)).toBe(120_000);
    // The server's clock is an hour behind the browser's: its own Date says how far off that is.
    const serverNow = NOW - 3_600_000;
    expect(retryAfterMs("Sat, 05 Dec 2026 09:01:00 GMT", NOW, serverNow)).toBe(60_000);
  });

  test("capped at 10 min; missing, malformed, zero or past values ask for no wait", () => {
    expect(retryAfterMs("86400", NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs("Fri, 01 Jan 2100 00:00:00 GMT", NOW)).toBe(MAX_RETRY_AFTER_MS);
    for (const value of [
      undefined,
      null,
      "",
      "soon",
      "-5",
      "1.5",
      "0",
      "Sat, 05 Dec 2026 09:00:00 GMT",
    ]) {
      expect(retryAfterMs(value, NOW)).toBeUndefined();
    }
  });

  test("a request the server asked to wait is tried once more, when the wait is over", () => {
    vi.useFakeTimers({ now: NOW });
    const error = new ApiError({ kind: "http", status: 429, message: "x", retryAt: NOW + 120_000 });
    expect(retriesFor(error)).toBe(1);
    expect(retryDelay(1, error)).toBe(121_000);
    // A 429 without Retry-After is still not retried.
    expect(retriesFor(new ApiError({ kind: "http", status: 429, message: "x" }))).toBe(0);
  });
});

describe("a 429 or 503 with Retry-After", () => {
  test.each([429, 503])(
    "%i: nothing is sent until then, and the error says when",
    async (status) => {
      vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
      const requests = recordRequests(server);
      server.use(
        http.get("*/api/v2/workspaces", () =>
          HttpResponse.json(
            { message: "Rate limit exceeded." },
            { status, headers: { "Retry-After": "120" } },
          ),
        ),
      );
      const first = await getWorkspaces("").catch((e: unknown) => e);
      expect(isApiError(first) && first.retryAt).toBe(NOW + 120_000);
      expect(isApiError(first) && first.message).toMatch(
        new RegExp(
          `^coderd asked for fewer requests \\(${status}[^)]*\\): the dashboard asks again at .+\\.$`,
        ),
      );
      expect(isApiError(first) && first.detail).toBe("Rate limit exceeded.");

      server.resetHandlers();
      vi.setSystemTime(NOW + 119_000);
      const held = await getWorkspaces("").catch((e: unknown) => e);
      expect(isApiError(held) && held.retryAt).toBe(NOW + 120_000);
      expect(requests).toHaveLength(1);

      vi.setSystemTime(NOW + 120_500);
      await expect(getWorkspaces("")).resolves.toHaveProperty("workspaces");
      expect(requests).toHaveLength(2);
    },
  );

  test("a 500 with Retry-After, or a 429 without one, holds nothing", async () => {
    const requests = recordRequests(server);
    server.use(
      http.get("*/api/v2/workspaces", () =>
        HttpResponse.json({ message: "boom" }, { status: 500, headers: { "Retry-After": "120" } }),
      ),
    );
    await getWorkspaces("").catch(() => undefined);
    server.resetHandlers();
    await expect(getWorkspaces("")).resolves.toHaveProperty("workspaces");
    expect(requests).toHaveLength(2);
  });
});
