import { takeEarlyResponse } from "./earlyFetch";
import { toErrorResponse } from "./normalize";
import { getSessionToken, markSignInRequired } from "./session";
import type { ValidationError } from "./types";

/** coderd serves its API on the same origin as the dashboard. */
export const API_BASE = "/api/v2";

export type ApiErrorKind = "http" | "network" | "aborted" | "invalid-response";

/** Every failed request becomes one of these: HTTP errors, bodies that aren't JSON, network and abort. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly detail: string | undefined;
  readonly validations: ValidationError[];

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    message: string;
    detail?: string | undefined;
    validations?: ValidationError[] | undefined;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.detail = init.detail;
    this.validations = init.validations ?? [];
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

function textSnippet(body: string): string | undefined {
  // A proxy's HTML error page: keep its words only, briefly.
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text ? text.slice(0, 300) : undefined;
}

function isJson(res: globalThis.Response): boolean {
  return /\bjson\b/i.test(res.headers.get("content-type") ?? "");
}

async function readError(res: globalThis.Response): Promise<ApiError> {
  const body = await res.text().catch(() => "");
  let parsed: unknown;
  if (isJson(res)) {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const response = toErrorResponse(parsed);
  if (response.message) {
    return new ApiError({
      kind: "http",
      status: res.status,
      message: response.message,
      detail: response.detail,
      validations: response.validations,
    });
  }
  const statusLine = `${res.status}${res.statusText ? ` ${res.statusText}` : ""}`;
  return new ApiError({
    kind: "http",
    status: res.status,
    message: `The server answered ${statusLine}.`,
    detail: response.detail ?? textSnippet(body),
    validations: response.validations,
  });
}

/** GETs `${API_BASE}${path}` and returns the parsed JSON body, or throws an ApiError. */
export async function apiGet(
  path: string,
  params: URLSearchParams | undefined,
  options: RequestOptions = {},
): Promise<unknown> {
  const url = new URL(API_BASE + path, window.location.origin);
  if (params) url.search = params.toString();
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = getSessionToken();
  if (token) headers["Coder-Session-Token"] = token;

  let res: globalThis.Response;
  try {
    // Only without a token of ours: the early request went out with the page's cookies alone.
    const early = token ? undefined : await takeEarlyResponse(url.pathname + url.search);
    res =
      early ?? (await fetch(url, { headers, signal: options.signal, credentials: "same-origin" }));
  } catch (cause) {
    if (options.signal?.aborted) {
      throw new ApiError({
        kind: "aborted",
        status: 0,
        message: "The request was canceled.",
        cause,
      });
    }
    throw new ApiError({
      kind: "network",
      status: 0,
      message: "Could not reach the server. Check your connection and try again.",
      detail: cause instanceof Error ? cause.message : undefined,
      cause,
    });
  }

  if (!res.ok) {
    const error = await readError(res);
    if (error.status === 401) markSignInRequired(error.message);
    throw error;
  }

  try {
    return await res.json();
  } catch (cause) {
    if (options.signal?.aborted) {
      throw new ApiError({
        kind: "aborted",
        status: 0,
        message: "The request was canceled.",
        cause,
      });
    }
    throw new ApiError({
      kind: "invalid-response",
      status: res.status,
      message: `The server's answer to ${API_BASE}${path} was not JSON. Is ${API_BASE} routed to coderd?`,
      cause,
    });
  }
}
