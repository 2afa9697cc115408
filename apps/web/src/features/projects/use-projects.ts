import { PAGE_SIZE } from '@expert-network/contract/limits';
import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type Project = RouterOutputs['project']['list'][number];
type CampaignPage = RouterOutputs['campaign']['list'];
export type CampaignSummary = CampaignPage['items'][number];

export function useProjects() {
  const trpc = useTRPC();
  return useQuery(trpc.project.list.queryOptions());
}

/**
 * A project's campaigns (null: those without one) in the user's order, a page
 * at a time: `campaigns` holds the pages loaded so far, `fetchNextPage` loads one more.
 */
export function useProjectCampaigns(projectId: string | null, enabled = true) {
  const trpc = useTRPC();
  const query = useInfiniteQuery({
    ...trpc.campaign.list.infiniteQueryOptions(
      { projectId, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    enabled,
  });
  // Sorted again: a drag reorders before the server answers.
  const campaigns = (query.data?.pages.flatMap((p) => p.items) ?? []).sort(
    (a, b) => a.displayOrder - b.displayOrder,
  );
  return { ...query, campaigns };
}

/** Saves a new project order, showing it at once. */
export function useReorderProjects() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.project.list.queryKey();
  return useMutation(
    trpc.project.reorder.mutationOptions({
      onMutate: async ({ ids }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (list) =>
          list
            ?.map((p) => ({ ...p, displayOrder: ids.indexOf(p.id) }))
            .sort((a, b) => a.displayOrder - b.displayOrder),
        );
        return { previous };
      },
      onError: (error, _input, context) => {
        queryClient.setQueryData(key, context?.previous);
        notify.failure('Could not reorder projects', error);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
}

/** Saves a new order of one project's campaigns, showing it at once. */
export function useReorderCampaigns() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.campaign.list.pathKey();
  return useMutation(
    trpc.campaign.reorder.mutationOptions({
      onMutate: async ({ ids }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueriesData<InfiniteData<CampaignPage>>({ queryKey: key });
        queryClient.setQueriesData<InfiniteData<CampaignPage>>(
          { queryKey: key },
          (data) =>
            data && {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((c) =>
                  ids.includes(c.id) ? { ...c, displayOrder: ids.indexOf(c.id) } : c,
                ),
              })),
            },
        );
        return { previous };
      },
      onError: (error, _input, context) => {
        for (const [queryKey, data] of context?.previous ?? []) {
          queryClient.setQueryData(queryKey, data);
        }
        notify.failure('Could not reorder campaigns', error);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
}
