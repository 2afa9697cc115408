import { PAGE_SIZE } from '@expert-network/contract/limits';
import {
  type InfiniteData,
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { inDisplayOrder, withRows } from '../../lib/pages';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type Project = RouterOutputs['project']['list']['items'][number];
export type CampaignSummary = RouterOutputs['campaign']['list']['items'][number];

const nextPage = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor };

/** The user's projects in their order, a page at a time (`data`: those loaded so far). */
export function useProjects() {
  const trpc = useTRPC();
  const query = withRows(
    useInfiniteQuery(trpc.project.list.infiniteQueryOptions({ limit: PAGE_SIZE }, nextPage)),
  );
  return { ...query, data: inDisplayOrder(query.data) };
}

/**
 * A project's campaigns (null: those without one) in the user's order, a page
 * at a time (`data`: those loaded so far), loaded once `enabled`.
 */
export function useProjectCampaigns(projectId: string | null, enabled = true) {
  const trpc = useTRPC();
  const query = withRows(
    useInfiniteQuery({
      ...trpc.campaign.list.infiniteQueryOptions({ projectId, limit: PAGE_SIZE }, nextPage),
      enabled,
    }),
  );
  return { ...query, data: inDisplayOrder(query.data) };
}

type OrderedPages = InfiniteData<{ items: { id: string; displayOrder: number }[] }>;

/**
 * A reorder shown at once in every loaded page under `key` (rows take their
 * place in `ids`), put back if the server refuses, and reloaded after.
 */
function useOptimisticOrder(key: QueryKey, what: string) {
  const queryClient = useQueryClient();
  return {
    onMutate: async ({ ids }: { ids: string[] }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueriesData<OrderedPages>({ queryKey: key });
      queryClient.setQueriesData<OrderedPages>(
        { queryKey: key },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((row) =>
                ids.includes(row.id) ? { ...row, displayOrder: ids.indexOf(row.id) } : row,
              ),
            })),
          },
      );
      return { previous };
    },
    onError: (error: unknown, _input: unknown, context?: { previous: [QueryKey, unknown][] }) => {
      for (const [queryKey, data] of context?.previous ?? []) {
        queryClient.setQueryData(queryKey, data);
      }
      notify.failure(`Could not reorder ${what}`, error);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  };
}

/** Saves a new project order, showing it at once. */
export function useReorderProjects() {
  const trpc = useTRPC();
  return useMutation(
    trpc.project.reorder.mutationOptions(
      useOptimisticOrder(trpc.project.list.pathKey(), 'projects'),
    ),
  );
}

/** Saves a new order of one project's campaigns, showing it at once. */
export function useReorderCampaigns() {
  const trpc = useTRPC();
  return useMutation(
    trpc.campaign.reorder.mutationOptions(
      useOptimisticOrder(trpc.campaign.list.pathKey(), 'campaigns'),
    ),
  );
}
