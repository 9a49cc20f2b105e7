import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { expect, test } from "vitest";
import { server } from "../../mocks/node";
import type { Fleet } from "../../src/api/list/fleetSync";
import { workspacesQuery } from "../../src/api/queries";
import { retryDelay, shouldRetry } from "../../src/api/transport/retry";
import { craftWorkspace } from "../crafted";

test("a first load whose chunk fails is tried again without its counts going backwards", async () => {
  const fleet = Array.from({ length: 2_100 }, (_, i) =>
    craftWorkspace({ name: `ws-${String(i).padStart(4, "0")}` }),
  );
  let failed = false;
  server.use(
    http.get("*/api/v2/workspaces", ({ request }) => {
      const p = new URL(request.url).searchParams;
      const offset = Number(p.get("offset") ?? 0);
      const limit = Number(p.get("limit") ?? 0);
      // The second chunk fails once, as a busy coderd might.
      if (offset > 1_000 && !failed) {
        failed = true;
        return HttpResponse.json({ message: "Internal error." }, { status: 500 });
      }
      return HttpResponse.json({
        workspaces: fleet.slice(offset, offset + limit),
        count: fleet.length,
      });
    }),
  );
  const client = new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, retryDelay } },
  });
  const options = workspacesQuery("");
  const loaded: number[] = [];
  const stop = client.getQueryCache().subscribe(() => {
    const data = client.getQueryData<Fleet>(options.queryKey);
    if (data && data.loaded !== loaded.at(-1)) loaded.push(data.loaded);
  });
  // A screen shows the list (each chunk waits for the rows before it to be shown).
  const screen = new QueryObserver(client, options).subscribe(() => {});
  const whole = await client.query(options);
  screen();
  stop();
  expect(failed).toBe(true);
  expect(whole.complete).toBe(true);
  expect(whole.workspaces).toHaveLength(2_100);
  // The first page, the first chunk, then (after the retry read the first page and chunk again,
  // unseen) the next chunk and the whole: never back to 50.
  expect(loaded).toEqual([50, 1_050, 2_050, 2_100]);
}, 30_000);
