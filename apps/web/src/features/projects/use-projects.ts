import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type Project = RouterOutputs['project']['list'][number];
export type CampaignSummary = RouterOutputs['campaign']['list'][number];

export function useProjects() {
  const trpc = useTRPC();
  return useQuery(trpc.project.list.queryOptions());
}

export function useCampaigns() {
  const trpc = useTRPC();
  return useQuery(trpc.campaign.list.queryOptions());
}

/** A project's campaigns (null: those without one) in the user's order. */
export function campaignsOf(campaigns: CampaignSummary[], projectId: string | null) {
  return campaigns
    .filter((c) => c.projectId === projectId)
    .sort((a, b) => a.displayOrder - b.displayOrder);
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
  const key = trpc.campaign.list.queryKey();
  return useMutation(
    trpc.campaign.reorder.mutationOptions({
      onMutate: async ({ ids }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (list) =>
          list?.map((c) => (ids.includes(c.id) ? { ...c, displayOrder: ids.indexOf(c.id) } : c)),
        );
        return { previous };
      },
      onError: (error, _input, context) => {
        queryClient.setQueryData(key, context?.previous);
        notify.failure('Could not reorder campaigns', error);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
}
