import { QueryClient } from "@tanstack/react-query";
import { FRESH_FOR_MS } from "../api/polling";
import { retryDelay, shouldRetry } from "../api/transport/retry";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: FRESH_FOR_MS,
        refetchOnWindowFocus: true,
      },
    },
  });
}
