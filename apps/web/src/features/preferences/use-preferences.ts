import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type Preferences = RouterOutputs['preferences']['get'];

export function usePreferences() {
  const trpc = useTRPC();
  return useQuery(trpc.preferences.get.queryOptions());
}

/**
 * Saves preference changes; the UI shows them at once (optimistic) and goes
 * back if the server refuses.
 */
export function useUpdatePreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.preferences.get.queryKey();
  return useMutation(
    trpc.preferences.update.mutationOptions({
      onMutate: async (changes) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        if (previous) queryClient.setQueryData(key, { ...previous, ...changes } as Preferences);
        return { previous };
      },
      onError: (error, _changes, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
        notify.failure('Could not save your preference', error);
      },
      onSuccess: (saved) => queryClient.setQueryData(key, saved),
    }),
  );
}
