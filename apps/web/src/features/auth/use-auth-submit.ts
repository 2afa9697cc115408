import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { safeRedirect } from '../../lib/redirect';
import { sessionQuery } from './session';

/**
 * Runs a Better Auth call; on success loads the new session and goes on to
 * where the user was heading. Returns the error message to show, if any.
 */
export function useAuthSubmit(redirect: string | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const submit = async (
    call: () => Promise<{ error: { message?: string | undefined } | null }>,
  ) => {
    setError(undefined);
    const result = await call();
    if (result.error) {
      setError(result.error.message ?? 'Something went wrong. Please try again.');
      return;
    }
    queryClient.clear();
    await queryClient.fetchQuery(sessionQuery);
    await navigate({ href: safeRedirect(redirect) });
  };
  return { submit, error };
}
