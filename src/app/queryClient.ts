import { QueryClient } from "@tanstack/react-query";
import { retryDelay, shouldRetry } from "../api/transport/retry";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 2_000,
        refetchOnWindowFocus: true,
      },
    },
  });
}
