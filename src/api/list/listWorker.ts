/// <reference lib="webworker" />
// Fetches, parses and slims the workspace list off the main thread: at thousands of workspaces the
// JSON is megabytes, and parsing it on the page blocks input for hundreds of milliseconds.
import { listReader, type ListAnswer } from "./listReader";
import { performRequest, type Outcome } from "../transport/request";
import type { WorkerReady, WorkerReply, WorkerRequest, WorkerRows } from "./offThread";

/** How many rows each message ahead of a reply holds: a few milliseconds to read on a phone. */
const ROWS_PER_MESSAGE = 200;

const controllers = new Map<number, AbortController>();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === "abort") {
    controllers.get(message.id)?.abort();
    return;
  }
  const controller = new AbortController();
  controllers.set(message.id, controller);
  // A throw here would leave the page waiting for its deadline: every failure becomes a reply.
  const { answer } = message;
  const early =
    answer &&
    new Response(answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  const outcome: Outcome<ListAnswer> = await performRequest(
    { url: message.url, headers: message.headers, signal: controller.signal, early },
    listReader(message.q),
  ).catch((error: unknown) => ({
    kind: "invalid-response",
    status: 200,
    reason: "wrong-shape",
    message: error instanceof Error ? error.message : String(error),
  }));
  controllers.delete(message.id);
  // When the last byte arrived, on the shared clock, for the page's "workspaces:response" mark.
  const timing = performance.getEntriesByName(message.url).at(-1) as
    PerformanceResourceTiming | undefined;
  // All but the last rows go ahead, a message each (see WorkerRows); the reply carries the rest.
  let replied = outcome;
  if (outcome.kind === "ok" && outcome.data.workspaces.length > ROWS_PER_MESSAGE) {
    const rows = outcome.data.workspaces;
    let at = 0;
    for (; rows.length - at > ROWS_PER_MESSAGE; at += ROWS_PER_MESSAGE) {
      self.postMessage({
        type: "rows",
        id: message.id,
        rows: rows.slice(at, at + ROWS_PER_MESSAGE),
      } satisfies WorkerRows);
    }
    replied = { ...outcome, data: { ...outcome.data, workspaces: rows.slice(at) } };
  }
  const reply: WorkerReply = {
    id: message.id,
    outcome: replied,
    responseEnd: early
      ? undefined
      : performance.timeOrigin + (timing?.responseEnd ?? performance.now()),
  };
  // One entry per poll would fill the worker's timeline: only the latest is ever read.
  performance.clearResourceTimings();
  self.postMessage(reply);
};

// Tells the page this code loaded and runs: a worker that never says so is not going to answer.
self.postMessage({ type: "ready" } satisfies WorkerReady);
