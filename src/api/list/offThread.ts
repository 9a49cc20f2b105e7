import { abortedOutcome, type Outcome, type RequestInput } from "../transport/request";
import type { ListAnswer } from "./listReader";
import type { Workspace } from "../../coderd/schemas";

export type WorkerRequest =
  | {
      type: "get";
      id: number;
      url: string;
      headers: Record<string, string>;
      /** The list's query: the worker holds the rows to it, as the page would. */
      q: string;
      /** An answer that arrived on the page (the early request), for the worker to read. */
      answer?: HandedAnswer | undefined;
    }
  | { type: "abort"; id: number };

/** A response that arrived on the page (the early request): its body, unread, and its head. */
export interface HandedAnswer {
  body: ReadableStream<Uint8Array>;
  status: number;
  statusText: string;
  headers: [string, string][];
}

export interface WorkerReply {
  id: number;
  outcome: Outcome<ListAnswer>;
  /** Epoch ms at which the response had fully arrived in the worker; none for one read on the page. */
  responseEnd: number | undefined;
}

/** The worker's first message, once its code has loaded and runs. */
export interface WorkerReady {
  type: "ready";
}

/**
 * Rows of a reply, sent ahead of it: the page reads each message in a task of its own, and a chunk
 * of 1,000 rows read in one was a long task (its structured clone) on a phone.
 */
export interface WorkerRows {
  type: "rows";
  id: number;
  rows: Workspace[];
}

/** Why the list stopped loading in the worker, once it has; the page then loads it itself. */
let failure: string | undefined;
const failureListeners = new Set<() => void>();

export function listWorkerFailure(): string | undefined {
  return failure;
}

export function subscribeListWorkerFailure(listener: () => void): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

let worker: Worker | undefined;
let ready = false;
let nextId = 1;
/** Each pending request settles with the worker's outcome, or undefined to run on the page instead. */
const pending = new Map<number, (outcome: Outcome<ListAnswer> | undefined) => void>();
/** Rows that came ahead of a pending request's reply, in order. */
const rowsAhead = new Map<number, Workspace[][]>();

/** Stops using the worker for good: its pending requests (and all later ones) run on the page. */
function giveUp(reason: string): void {
  if (failure !== undefined) return;
  failure = reason;
  worker?.terminate();
  worker = undefined;
  for (const settle of pending.values()) settle(undefined);
  pending.clear();
  rowsAhead.clear();
  failureListeners.forEach((l) => l());
}

function listWorker(): Worker | undefined {
  // Not in the demo: MSW's service worker answers the page, not a worker's own requests.
  if (typeof Worker === "undefined" || import.meta.env.VITE_DEMO === "true") return undefined;
  if (failure !== undefined) return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL("./listWorker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      giveUp(`the list worker could not start (${String(error)})`);
      return undefined;
    }
    // A hashed worker chunk that is gone after a redeploy (404) or fails to run ends up here.
    worker.onerror = (event) => {
      event.preventDefault();
      giveUp(
        ready
          ? `the list worker stopped (${event.message || "error"})`
          : "the list worker failed to load",
      );
    };
    worker.onmessageerror = () => giveUp("the list worker sent a reply the page could not read");
    worker.onmessage = (event: MessageEvent<WorkerReply | WorkerReady | WorkerRows>) => {
      const data = event.data;
      if ("type" in data) {
        if (data.type === "ready") ready = true;
        else if (pending.has(data.id)) {
          const parts = rowsAhead.get(data.id) ?? [];
          parts.push(data.rows);
          rowsAhead.set(data.id, parts);
        }
        return;
      }
      // The worker's requests are not in the page's resource timeline; this mark stands in for them
      // (devtools and the benchmark read the latest). One per poll would grow forever: keep the last.
      if (data.responseEnd !== undefined) {
        performance.clearMarks("workspaces:response");
        performance.mark("workspaces:response", {
          startTime: Math.max(0, data.responseEnd - performance.timeOrigin),
        });
      }
      const ahead = rowsAhead.get(data.id);
      rowsAhead.delete(data.id);
      const outcome =
        ahead && data.outcome.kind === "ok"
          ? {
              ...data.outcome,
              data: {
                ...data.outcome.data,
                workspaces: ahead.flat().concat(data.outcome.data.workspaces),
              },
            }
          : data.outcome;
      pending.get(data.id)?.(outcome);
      pending.delete(data.id);
    };
  }
  return worker;
}

/**
 * Runs a list request in the worker; undefined when no worker can be used (tests, demo, or it failed).
 * The promise settles with undefined when the worker fails meanwhile: the caller then asks itself.
 */
export function listOffThread(
  input: RequestInput,
  q: string,
): Promise<Outcome<ListAnswer> | undefined> | undefined {
  const w = listWorker();
  if (!w) return undefined;
  const { early } = input;
  // A response the page already has: its body stream moves to the worker (transferred, unread).
  const answer: HandedAnswer | undefined = early?.body
    ? {
        body: early.body,
        status: early.status,
        statusText: early.statusText,
        headers: [...early.headers],
      }
    : undefined;
  return inWorker(w, input, q, answer);
}

function inWorker(
  w: Worker,
  input: RequestInput,
  q: string,
  answer: HandedAnswer | undefined,
): Promise<Outcome<ListAnswer> | undefined> {
  const id = nextId++;
  const { signal } = input;
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(abortedOutcome(signal));
      return;
    }
    const onAbort = () => {
      if (!pending.has(id)) return;
      pending.delete(id);
      rowsAhead.delete(id);
      w.postMessage({ type: "abort", id } satisfies WorkerRequest);
      const outcome = abortedOutcome(signal);
      // A deadline passed and the worker never even said it runs: it is not going to answer.
      if (outcome.kind === "timeout" && !ready) {
        giveUp("the list worker never started");
        resolve(undefined);
        return;
      }
      resolve(outcome);
    };
    pending.set(id, (outcome) => {
      signal?.removeEventListener("abort", onAbort);
      resolve(outcome);
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    w.postMessage(
      {
        type: "get",
        id,
        url: input.url,
        headers: input.headers,
        q,
        answer,
      } satisfies WorkerRequest,
      answer ? [answer.body] : [],
    );
  });
}
