// The one place that calls fetch. It runs in the page and in the list worker, so it returns a plain,
// postable outcome; client.ts turns every non-"ok" outcome into an ApiError.

import { InvalidBodyError } from "./normalize";

export type Outcome<T> =
  | { kind: "ok"; data: T }
  | { kind: "http"; status: number; statusText: string; contentType: string; body: string }
  | { kind: "network"; message: string }
  | { kind: "aborted" }
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

export async function performRequest<T>(
  input: RequestInput,
  transform: (json: unknown) => T,
): Promise<Outcome<T>> {
  let res: Response;
  try {
    res =
      input.early ??
      (await fetch(input.url, {
        headers: input.headers,
        signal: input.signal,
        credentials: "same-origin",
      }));
  } catch (cause) {
    if (input.signal?.aborted) return { kind: "aborted" };
    return { kind: "network", message: cause instanceof Error ? cause.message : String(cause) };
  }
  if (!res.ok) {
    return {
      kind: "http",
      status: res.status,
      statusText: res.statusText,
      contentType: res.headers.get("content-type") ?? "",
      body: await res.text().catch(() => ""),
    };
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    if (input.signal?.aborted) return { kind: "aborted" };
    return { kind: "invalid-response", status: res.status, reason: "not-json" };
  }
  try {
    return { kind: "ok", data: transform(json) };
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
