import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/client";

const MAX_RETRIES = 3;

/** 4xx answers won't change by asking again; network failures and 5xx get a few backed-off retries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  if (isApiError(error) && error.kind === "aborted") return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
        staleTime: 2_000,
        refetchOnWindowFocus: true,
      },
    },
  });
}
