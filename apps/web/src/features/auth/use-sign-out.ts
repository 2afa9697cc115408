import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { notify } from '../../lib/notify';

/** Ends the session and forgets every cached answer of this user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    const { authClient } = await import('../../lib/auth-client');
    const { error } = await authClient.signOut();
    if (error) {
      notify.failure('Could not sign out', error);
      return;
    }
    queryClient.clear();
    await navigate({ to: '/sign-in', search: {} });
  };
}
