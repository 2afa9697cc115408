import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCode, isUnreachable } from './api-errors';
import { connection } from './connection';

/**
 * Retries what may pass on another try, never a 4xx answer. A server out of
 * reach is retried for longer (React Query backs off up to 30 s between tries).
 */
function shouldRetry(failureCount: number, error: unknown) {
  if (isUnreachable(error)) return failureCount < 10;
  const code = errorCode(error);
  if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== 'SERVICE_UNAVAILABLE') return false;
  return failureCount < 2;
}

export function createQueryClient(onUnauthorized: () => void) {
  const handle = (error: unknown) => {
    if (errorCode(error) === 'UNAUTHORIZED') onUnauthorized();
  };
  const queryCache = new QueryCache({ onError: handle });
  // Any answer from the server means it is reachable again; a failed try without one, not.
  queryCache.subscribe((event) => {
    if (event.type !== 'updated') return;
    if (event.action.type === 'failed' || event.action.type === 'error') {
      if (isUnreachable(event.action.error)) connection.set(true);
    } else if (event.action.type === 'success') {
      connection.set(false);
    }
  });
  return new QueryClient({
    queryCache,
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
