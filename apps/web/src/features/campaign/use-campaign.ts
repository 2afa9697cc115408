import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { notify } from '../../lib/notify';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type Campaign = RouterOutputs['campaign']['byId'];

export function useCampaign(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.campaign.byId.queryOptions({ id }));
}

/** Refreshes everything a change inside a campaign can move: its figures, lists, the dashboard. */
export function useInvalidateCampaign() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.campaign.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
    ]);
}

export function useUpdateCampaign() {
  const trpc = useTRPC();
  const invalidate = useInvalidateCampaign();
  return useMutation(
    trpc.campaign.update.mutationOptions({
      onSuccess: async (c) => {
        await invalidate();
        notify.success(`“${c.campaignName}” updated`);
      },
      onError: (error) => notify.failure('Could not update the campaign', error),
    }),
  );
}

/** Deletes a campaign with its experts, questions and calls, then goes to its project (or home). */
export function useDeleteCampaign(campaign: Campaign) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.campaign.delete.mutationOptions({
      onSuccess: async () => {
        await navigate(
          campaign.projectId
            ? { to: '/projects/$projectId', params: { projectId: campaign.projectId } }
            : { to: '/' },
        );
        queryClient.removeQueries({ queryKey: trpc.campaign.byId.queryKey({ id: campaign.id }) });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.campaign.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.project.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
        ]);
        notify.success(`Campaign “${campaign.campaignName}” deleted`);
      },
      onError: (error) => notify.failure('Could not delete the campaign', error),
    }),
  );
}
