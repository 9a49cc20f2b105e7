import { API_BASE } from "../../coderd/paths";
import { DEFAULT_DEADLINE_MS } from "../polling";
import { deadlineSignal, hasDeadline } from "./requestDeadline";
import { takeEarlyResponse } from "./earlyResponse";
import { readIfSmall } from "./smallBody";
import {
  abortedOutcome,
  performRequest,
  untilAborted,
  type Outcome,
  type RequestInput,
} from "./request";
import { readErrorBody } from "../../coderd/bodies";
import { htmlTextSnippet } from "./errorBody";
import { dropUnsendableToken, getSessionToken, markSignInRequired } from "./session";
import type { ValidationError } from "../../coderd/schemas";
import { currentPause, pauseRequests, type RequestPause } from "./requestPause";
import { noteServerDate } from "./serverClock";
import { honoursRetryAfter, retryAfterMs } from "../../domain/retryAfter";

/** coderd serves its API on the same origin as the dashboard. */

export type ApiErrorKind = "http" | "network" | "aborted" | "timeout" | "invalid-response";

/**
 * Every failed request becomes one of these: HTTP errors, bodies that aren't JSON or not the shape
 * asked for, network, a deadline that passed ("timeout") and a cancel ("aborted").
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly detail: string | undefined;
  readonly validations: ValidationError[];
  /** The server asked for no requests before this (epoch ms): a 429 or 503 with `Retry-After`. */
  readonly retryAt: number | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    message: string;
    detail?: string | undefined;
    validations?: ValidationError[] | undefined;
    retryAt?: number | undefined;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.detail = init.detail;
    this.validations = init.validations ?? [];
    this.retryAt = init.retryAt;
  }
}

const clockTime = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });

/** The error of a request held by a pause, or of the answer that asked for it (`answer`). */
function pausedError(pause: RequestPause, answer?: ApiError): ApiError {
  return new ApiError({
    kind: "http",
    status: pause.status,
    message: `coderd asked for fewer requests (${pause.statusLine}): the dashboard asks again at ${clockTime.format(pause.until)}.`,
    detail: answer?.message,
    retryAt: pause.until,
  });
}

/** A 429 or 503 with `Retry-After` holds every request for that long (capped). */
function pauseFor(outcome: Extract<Outcome<unknown>, { kind: "http" }>): RequestPause | undefined {
  if (!honoursRetryAfter(outcome.status)) return undefined;
  const now = Date.now();
  const serverAt = outcome.serverDate ? Date.parse(outcome.serverDate) : NaN;
  const wait = retryAfterMs(
    outcome.retryAfter,
    now,
    Number.isFinite(serverAt) ? serverAt : undefined,
  );
  if (wait === undefined) return undefined;
  pauseRequests(wait, outcome.status, outcome.statusText, now);
  return currentPause(now);
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

function httpError(outcome: Extract<Outcome<unknown>, { kind: "http" }>): ApiError {
  let parsed: unknown;
  if (/\bjson\b/i.test(outcome.contentType)) {
    try {
      parsed = JSON.parse(outcome.body);
    } catch {
      parsed = undefined;
    }
  }
  const response = readErrorBody(parsed);
  if (response.message) {
    return new ApiError({
      kind: "http",
      status: outcome.status,
      message: response.message,
      detail: response.detail,
      validations: response.validations,
    });
  }
  const statusLine = `${outcome.status}${outcome.statusText ? ` ${outcome.statusText}` : ""}`;
  return new ApiError({
    kind: "http",
    status: outcome.status,
    message: `The server answered ${statusLine}.`,
    // A proxy's HTML error page: its words only, briefly.
    detail: response.detail ?? htmlTextSnippet(outcome.body),
    validations: response.validations,
  });
}

/** The outcome's data, or the ApiError it stands for. */
function unwrap<T>(outcome: Outcome<T>, path: string): T {
  switch (outcome.kind) {
    case "ok":
      return outcome.data;
    case "aborted":
      throw new ApiError({ kind: "aborted", status: 0, message: "The request was canceled." });
    case "timeout":
      throw new ApiError({ kind: "timeout", status: 0, message: outcome.message });
    case "network":
      throw new ApiError({
        kind: "network",
        status: 0,
        message: "Could not reach the server. Check your connection and try again.",
        detail: outcome.message,
      });
    case "invalid-response":
      throw new ApiError({
        kind: "invalid-response",
        status: outcome.status,
        message:
          outcome.reason === "not-json"
            ? `The server's answer to ${API_BASE}${path} was not JSON. Is ${API_BASE} routed to coderd?`
            : `The server's answer to ${API_BASE}${path} was not what coderd sends.`,
        detail: outcome.message,
      });
    case "http": {
      const error = httpError(outcome);
      if (error.status === 401) markSignInRequired(error.message);
      const pause = pauseFor(outcome);
      throw pause ? pausedError(pause, error) : error;
    }
  }
}

/**
 * GETs `${API_BASE}${path}` and returns `transform` of the JSON body, or throws an ApiError.
 * `offThread` runs the request, JSON parsing and transform in a worker when one can be used; when it
 * resolves to undefined (the worker failed) the request runs here instead. A signal without a deadline
 * gets DEFAULT_DEADLINE_MS.
 */
export async function apiGet<T>(
  path: string,
  params: URLSearchParams | undefined,
  options: RequestOptions,
  transform: (json: unknown) => T,
  offThread?: (input: RequestInput) => Promise<Outcome<T> | undefined> | undefined,
): Promise<T> {
  const url = new URL(API_BASE + path, window.location.origin);
  if (params) url.search = params.toString();
  const headers: Record<string, string> = { Accept: "application/json" };
  dropUnsendableToken();
  const token = getSessionToken();
  if (token) headers["Coder-Session-Token"] = token;
  const deadline = hasDeadline(options.signal)
    ? undefined
    : deadlineSignal(options.signal, DEFAULT_DEADLINE_MS);
  const signal = deadline?.signal ?? options.signal;
  const input: RequestInput = { url: url.href, headers, signal };

  const pause = currentPause();
  if (pause) throw pausedError(pause);

  try {
    // Only without a token of ours: the early request went out with the page's cookies alone.
    const early = token
      ? undefined
      : await untilAborted(takeEarlyResponse(url.pathname + url.search), signal);
    if (signal?.aborted) return unwrap(abortedOutcome(signal), path);
    const outcome = early
      ? await performEarly(early, input, transform, offThread)
      : ((await offThread?.(input)) ?? (await performRequest(input, transform)));
    // The early answer may have waited for the app's code: its `Date` says little about the clock.
    if (!early && (outcome.kind === "ok" || outcome.kind === "http")) {
      noteServerDate(outcome.serverDate, outcome.receivedAt);
    }
    return unwrap(outcome, path);
  } finally {
    deadline?.clear();
    trimResourceTimings();
  }
}

/**
 * The early answer, read here when it is small (one screen of rows: the first rows then need no
 * worker), else parsed in the worker when there is one (the body moves there: a server that ignores
 * `limit` sends megabytes, and JSON.parse of those blocks input).
 */
async function performEarly<T>(
  early: Response,
  input: RequestInput,
  transform: (json: unknown) => T,
  offThread: ((input: RequestInput) => Promise<Outcome<T> | undefined> | undefined) | undefined,
): Promise<Outcome<T>> {
  if (!early.ok || !early.body || !offThread) return performRequest({ ...input, early }, transform);
  const read = await readIfSmall(early, input.signal);
  if (!read) return abortedOutcome(input.signal);
  if (read.small) return performRequest({ ...input, early: read.res }, transform);
  const off = offThread({ ...input, early: read.res });
  if (!off) return performRequest({ ...input, early: read.res }, transform);
  // The worker failed meanwhile, and the body went with it: ask again, here.
  return (await off) ?? performRequest(input, transform);
}

/**
 * Each request adds an entry to the page's resource timeline, and polling never stops: clear it now
 * and then so the buffer stays bounded (and never fills up, which would hide the page's own assets).
 */
function trimResourceTimings(): void {
  if (typeof performance === "undefined" || !("clearResourceTimings" in performance)) return;
  if (performance.getEntriesByType("resource").length > 100) performance.clearResourceTimings();
}
