import { queryOptions, useQuery } from '@tanstack/react-query';
import type { authClient } from '../../lib/auth-client';

export type Session = typeof authClient.$Infer.Session;

/**
 * The signed-in user's session, or null, read from Better Auth's own endpoint
 * with a plain GET: every page needs it, and the auth client library only
 * needs to load with the sign-in, sign-up and sign-out actions.
 */
export const sessionQuery = queryOptions({
  queryKey: ['auth', 'session'],
  queryFn: async (): Promise<Session | null> => {
    const response = await fetch('/api/auth/get-session', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`Could not read the session (${response.status})`);
    return (await response.json()) as Session | null;
  },
  staleTime: 5 * 60_000,
});

/** The current user; only used below the signed-in layout, where there always is one. */
export function useCurrentUser() {
  const { data } = useQuery(sessionQuery);
  return data?.user;
}
