import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCode } from './api-errors';

/** Retries what may pass on a second try; never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown) {
  const code = errorCode(error);
  if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'SERVICE_UNAVAILABLE') return false;
  return failureCount < 2;
}

export function createQueryClient(onUnauthorized: () => void) {
  const handle = (error: unknown) => {
    if (errorCode(error) === 'UNAUTHORIZED') onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
