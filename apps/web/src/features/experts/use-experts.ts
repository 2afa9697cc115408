import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { EXPERT_STATUS } from '../../lib/statuses';
import { type RouterInputs, type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useInvalidateCampaign } from '../campaign/use-campaign';

export type ExpertRow = RouterOutputs['expert']['list']['items'][number];
type ListPage = RouterOutputs['expert']['list'];

/** What narrows and orders the list (also what an export takes). */
export type ExpertFilter = Omit<
  RouterInputs['expert']['list'],
  'campaignId' | 'cursor' | 'limit' | 'direction'
>;

export function useExpertList(campaignId: string, filter: ExpertFilter) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.expert.list.infiniteQueryOptions(
      { campaignId, limit: 50, ...filter },
      {
        getNextPageParam: (last) => last.nextCursor,
        placeholderData: (previous) => previous,
      },
    ),
  );
}

export function useStatusCounts(campaignId: string) {
  const trpc = useTRPC();
  return useQuery(
    // Kept current by the live updates (features/live), not by polling.
    trpc.expert.statusCounts.queryOptions({ campaignId }),
  );
}

export function useExpert(id: string | undefined) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.expert.byId.queryOptions({ id: id ?? '' }), enabled: Boolean(id) });
}

/** Applies `change` to one expert wherever a list page holds it. */
function useUpdateListedExpert() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (id: string, change: Partial<ExpertRow>) =>
    queryClient.setQueriesData<InfiniteData<ListPage>>(
      { queryKey: trpc.expert.list.pathKey() },
      (data) =>
        data && {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((e) => (e.id === id ? { ...e, ...change } : e)),
          })),
        },
    );
}

/** Refreshes what an expert's change moves: lists, counts, the campaign, the dashboard. */
function useInvalidateExperts() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateCampaign = useInvalidateCampaign();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.expert.pathKey() }),
      // A status or rate moves which offer leads the person and what the panel marks.
      queryClient.invalidateQueries({ queryKey: trpc.person.pathKey() }),
      invalidateCampaign(),
    ]);
}

/** Shortlist, reject or send back to proposed: shown at once, undone if the server refuses. */
export function useSetExpertStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const updateListed = useUpdateListedExpert();
  const invalidate = useInvalidateExperts();
  return useMutation(
    trpc.expert.update.mutationOptions({
      onMutate: async ({ id, status }) => {
        await queryClient.cancelQueries({ queryKey: trpc.expert.pathKey() });
        const lists = queryClient.getQueriesData({ queryKey: trpc.expert.list.pathKey() });
        const detailKey = trpc.expert.byId.queryKey({ id });
        const detail = queryClient.getQueryData(detailKey);
        if (status) {
          updateListed(id, { status, isNew: false });
          if (detail) queryClient.setQueryData(detailKey, { ...detail, status, isNew: false });
        }
        return { lists, detail, detailKey };
      },
      onError: (error, _input, context) => {
        for (const [key, data] of context?.lists ?? []) queryClient.setQueryData(key, data);
        if (context?.detail) queryClient.setQueryData(context.detailKey, context.detail);
        notify.failure('Could not change the status', error);
      },
      onSuccess: (expert, { status }) => {
        if (status) notify.success(`${expert.name}: ${EXPERT_STATUS[status].label.toLowerCase()}`);
      },
      onSettled: () => invalidate(),
    }),
  );
}

/** Opening an expert clears its "new" mark, everywhere it shows. */
export function useMarkViewed() {
  const trpc = useTRPC();
  const updateListed = useUpdateListedExpert();
  const invalidate = useInvalidateExperts();
  return useMutation(
    trpc.expert.markViewed.mutationOptions({
      onMutate: ({ id }) => updateListed(id, { isNew: false }),
      onSettled: () => invalidate(),
    }),
  );
}
