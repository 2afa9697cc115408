import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useInvalidateCampaign } from '../campaign/use-campaign';

export type Interview = RouterOutputs['interview']['list'][number];

export function useCampaignInterviews(campaignId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.interview.list.queryOptions({ campaignId }));
}

/** After any interview change: interviews, experts (their status follows), campaign figures. */
export function useInvalidateInterviews() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateCampaign = useInvalidateCampaign();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.interview.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.expert.pathKey() }),
      invalidateCampaign(),
    ]);
}

export function useCompleteInterview() {
  const trpc = useTRPC();
  const invalidate = useInvalidateInterviews();
  return useMutation(
    trpc.interview.complete.mutationOptions({
      onSuccess: async (i) => {
        await invalidate();
        notify.success(`Call with ${i.expertName} completed`);
      },
      onError: (error) => notify.failure('Could not complete the call', error),
    }),
  );
}

export function useCancelInterview() {
  const trpc = useTRPC();
  const invalidate = useInvalidateInterviews();
  return useMutation(
    trpc.interview.cancel.mutationOptions({
      onSuccess: async (i) => {
        await invalidate();
        notify.success(`Call with ${i.expertName} cancelled`);
      },
      onError: (error) => notify.failure('Could not cancel the call', error),
    }),
  );
}

export function useNoShowInterview() {
  const trpc = useTRPC();
  const invalidate = useInvalidateInterviews();
  return useMutation(
    trpc.interview.noShow.mutationOptions({
      onSuccess: async (i) => {
        await invalidate();
        notify.success(`Call with ${i.expertName} marked as a no-show`);
      },
      onError: (error) => notify.failure('Could not mark the call', error),
    }),
  );
}
