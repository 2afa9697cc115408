import { queryOptions, useQuery } from '@tanstack/react-query';
import { authClient } from '../../lib/auth-client';

/** The signed-in user's session, or null. Kept in the query cache like any data. */
export const sessionQuery = queryOptions({
  queryKey: ['auth', 'session'],
  queryFn: async () => {
    const { data, error } = await authClient.getSession();
    if (error) throw new Error(error.message ?? 'Could not read the session');
    return data;
  },
  staleTime: 5 * 60_000,
});

/** The current user; only used below the signed-in layout, where there always is one. */
export function useCurrentUser() {
  const { data } = useQuery(sessionQuery);
  return data?.user;
}
