/// <reference lib="webworker" />
// Fetches, parses and slims the workspace list off the main thread: at thousands of workspaces the
// JSON is megabytes, and parsing it on the page blocks input for hundreds of milliseconds.
import { listReader } from "./listResponse";
import { performRequest } from "./request";
import type { WorkerReply, WorkerRequest } from "./offThread";

const controllers = new Map<number, AbortController>();

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === "abort") {
    controllers.get(message.id)?.abort();
    return;
  }
  const controller = new AbortController();
  controllers.set(message.id, controller);
  const outcome = await performRequest(
    { url: message.url, headers: message.headers, signal: controller.signal },
    listReader(message.q),
  );
  controllers.delete(message.id);
  // When the last byte arrived, on the shared clock, for the page's "workspaces:response" mark.
  const timing = performance.getEntriesByName(message.url).at(-1) as
    PerformanceResourceTiming | undefined;
  const reply: WorkerReply = {
    id: message.id,
    outcome,
    responseEnd: performance.timeOrigin + (timing?.responseEnd ?? performance.now()),
  };
  self.postMessage(reply);
};
