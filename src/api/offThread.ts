import type { Outcome, RequestInput } from "./request";
import type { WorkspacesResponse } from "./types";

export type WorkerRequest =
  | {
      type: "get";
      id: number;
      url: string;
      headers: Record<string, string>;
      /** The list's query: the worker holds the rows to it, as the page would. */
      q: string;
    }
  | { type: "abort"; id: number };

export interface WorkerReply {
  id: number;
  outcome: Outcome<WorkspacesResponse>;
  /** Epoch ms at which the response had fully arrived in the worker. */
  responseEnd: number;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (outcome: Outcome<WorkspacesResponse>) => void>();

function listWorker(): Worker | undefined {
  // Not in the demo: MSW's service worker answers the page, not a worker's own requests.
  if (typeof Worker === "undefined" || import.meta.env.VITE_DEMO === "true") return undefined;
  if (!worker) {
    worker = new Worker(new URL("./listWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      // The worker's requests are not in the page's resource timeline; this mark stands in for them
      // (devtools and the benchmark read it).
      performance.mark("workspaces:response", {
        startTime: Math.max(0, event.data.responseEnd - performance.timeOrigin),
      });
      pending.get(event.data.id)?.(event.data.outcome);
      pending.delete(event.data.id);
    };
  }
  return worker;
}

/** Runs a list request in the worker; undefined when no worker can be used (tests, demo). */
export function listOffThread(
  input: RequestInput,
  q: string,
): Promise<Outcome<WorkspacesResponse>> | undefined {
  const w = listWorker();
  if (!w) return undefined;
  const id = nextId++;
  return new Promise((resolve) => {
    if (input.signal?.aborted) {
      resolve({ kind: "aborted" });
      return;
    }
    pending.set(id, resolve);
    input.signal?.addEventListener("abort", () => {
      w.postMessage({ type: "abort", id } satisfies WorkerRequest);
      pending.delete(id);
      resolve({ kind: "aborted" });
    });
    w.postMessage({
      type: "get",
      id,
      url: input.url,
      headers: input.headers,
      q,
    } satisfies WorkerRequest);
  });
}
