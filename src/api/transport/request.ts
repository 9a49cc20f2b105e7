// The one place that calls fetch. It runs in the page and in the list worker, so it returns a plain,
// postable outcome; client.ts turns every non-"ok" outcome into an ApiError.

import { InvalidBodyError } from "../../coderd/bodies";
import { readCappedText } from "./errorBody";

/** What the page reads from an answer's headers: the server's clock, and its wish for fewer requests. */
export interface AnswerHeaders {
  /** The `Date` header, and the browser's clock (epoch ms) when the answer's headers arrived. */
  serverDate?: string | undefined;
  receivedAt?: number | undefined;
}

export type Outcome<T> =
  | ({ kind: "ok"; data: T } & AnswerHeaders)
  | ({
      kind: "http";
      status: number;
      statusText: string;
      contentType: string;
      /** At most the first ERROR_BODY_CAP bytes (errorBody.ts). */
      body: string;
      retryAfter?: string | undefined;
    } & AnswerHeaders)
  | { kind: "network"; message: string }
  | { kind: "aborted" }
  /** The request's deadline passed (see src/api/deadline.ts); distinct from a user's abort. */
  | { kind: "timeout"; message: string }
  /** A 2xx whose body is not JSON, or not the shape asked for. */
  | {
      kind: "invalid-response";
      status: number;
      reason: "not-json" | "wrong-shape";
      message?: string;
    };

export interface RequestInput {
  url: string;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** A response already under way (the early list request from index.html). */
  early?: Response | undefined;
}

/** What an aborted request reports: a deadline that passed, or a plain cancel. */
export function abortedOutcome(signal: AbortSignal | undefined): Outcome<never> {
  const reason: unknown = signal?.reason;
  if (reason instanceof DOMException && reason.name === "TimeoutError") {
    return { kind: "timeout", message: reason.message };
  }
  return { kind: "aborted" };
}

/** `promise`, or undefined as soon as `signal` aborts (for promises that take no signal). */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function performRequest<T>(
  input: RequestInput,
  transform: (json: unknown) => T,
): Promise<Outcome<T>> {
  const { signal, early } = input;
  let res: Response;
  try {
    res =
      early ??
      (await fetch(input.url, {
        headers: input.headers,
        signal,
        credentials: "same-origin",
      }));
  } catch (cause) {
    if (signal?.aborted) return abortedOutcome(signal);
    return { kind: "network", message: cause instanceof Error ? cause.message : String(cause) };
  }
  const answer: AnswerHeaders = {
    serverDate: res.headers.get("date") ?? undefined,
    receivedAt: Date.now(),
  };
  // The early response was started without our signal: its body must still obey the deadline.
  const read = <R>(body: Promise<R>): Promise<R | undefined> =>
    early ? untilAborted(body, signal) : body;
  const cancelEarly = () => {
    if (early && signal?.aborted) early.body?.cancel().catch(() => undefined);
  };
  if (!res.ok) {
    const body = await read(readCappedText(res)).catch(() => "");
    if (signal?.aborted) {
      cancelEarly();
      return abortedOutcome(signal);
    }
    return {
      kind: "http",
      status: res.status,
      statusText: res.statusText,
      contentType: res.headers.get("content-type") ?? "",
      body: body ?? "",
      retryAfter: res.headers.get("retry-after") ?? undefined,
      ...answer,
    };
  }
  let json: unknown;
  try {
    json = await read(res.json() as Promise<unknown>);
  } catch {
    if (signal?.aborted) return abortedOutcome(signal);
    return { kind: "invalid-response", status: res.status, reason: "not-json" };
  }
  if (signal?.aborted) {
    cancelEarly();
    return abortedOutcome(signal);
  }
  try {
    return { kind: "ok", data: transform(json), ...answer };
  } catch (error) {
    if (!(error instanceof InvalidBodyError)) throw error;
    return {
      kind: "invalid-response",
      status: res.status,
      reason: "wrong-shape",
      message: error.message,
    };
  }
}
