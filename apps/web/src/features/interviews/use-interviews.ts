import { MAX_PAGE_SIZE } from '@expert-network/contract/limits';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { useEveryPage, withRows } from '../../lib/pages';
import { type RouterInputs, type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useInvalidateCampaign } from '../campaign/use-campaign';

export type Interview = RouterOutputs['interview']['list']['items'][number];
type InterviewFilter = Omit<NonNullable<RouterInputs['interview']['list']>, 'cursor' | 'limit'>;

/**
 * Every interview matching `filter` (a campaign's, a time window's), read a
 * page at a time by time: `data` holds those loaded, `isPending` until the first page.
 */
export function useInterviews(filter: InterviewFilter) {
  const trpc = useTRPC();
  const query = withRows(
    useInfiniteQuery(
      trpc.interview.list.infiniteQueryOptions(
        { ...filter, limit: MAX_PAGE_SIZE },
        { getNextPageParam: (last) => last.nextCursor },
      ),
    ),
  );
  useEveryPage(query);
  return query;
}

export function useCampaignInterviews(campaignId: string) {
  return useInterviews({ campaignId });
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
      // A booking makes the person's other offers duplicates.
      queryClient.invalidateQueries({ queryKey: trpc.person.pathKey() }),
      // A booking or a completion may cross a budget's 80% or 100%: a new notice.
      queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
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
