import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { ENROLLMENT_STATUS } from '../../lib/statuses';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useInvalidateCampaign } from './use-campaign';

export type Enrollment = RouterOutputs['vendor']['enrollments'][number];

/** How often a campaign's vendors are checked while one of them is sourcing. */
const SOURCING_POLL_MS = 5_000;

/** A campaign's vendors; refreshed while any of them is finding experts. */
export function useEnrollments(campaignId: string) {
  const trpc = useTRPC();
  return useQuery(
    trpc.vendor.enrollments.queryOptions(
      { campaignId },
      {
        refetchInterval: (query) =>
          query.state.data?.some((e) => e.sourcingSince) ? SOURCING_POLL_MS : false,
      },
    ),
  );
}

function useEnrollmentsKey(campaignId: string) {
  return useTRPC().vendor.enrollments.queryKey({ campaignId });
}

/** Pause or resume a vendor: shown at once, undone if the server refuses. */
export function useSetEnrollmentStatus(campaignId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = useEnrollmentsKey(campaignId);
  return useMutation(
    trpc.vendor.updateEnrollment.mutationOptions({
      onMutate: async ({ id, status }) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (list) =>
          list?.map((e) => (e.id === id && status ? { ...e, status } : e)),
        );
        return { previous };
      },
      onError: (error, _v, context) => {
        queryClient.setQueryData(key, context?.previous);
        notify.failure('Could not change the status', error);
      },
      onSuccess: (e) =>
        notify.success(`${e.vendor.name} is ${ENROLLMENT_STATUS[e.status].label.toLowerCase()}`),
      onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  );
}

/** Asks an active vendor for another batch of experts. */
export function useRequestMoreExperts(campaignId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = useEnrollmentsKey(campaignId);
  return useMutation(
    trpc.vendor.requestMoreExperts.mutationOptions({
      onSuccess: (e) => {
        queryClient.setQueryData(key, (list) => list?.map((x) => (x.id === e.id ? e : x)));
        notify.success(`Asked ${e.vendor.name} for more experts`);
      },
      onError: (error) => notify.failure('Could not ask for more experts', error),
    }),
  );
}

export function useRemoveEnrollment(campaignId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = useEnrollmentsKey(campaignId);
  const invalidateCampaign = useInvalidateCampaign();
  return useMutation(
    trpc.vendor.unenroll.mutationOptions({
      onSuccess: async () => {
        await Promise.all([queryClient.invalidateQueries({ queryKey: key }), invalidateCampaign()]);
        notify.success('Vendor removed from the campaign');
      },
      onError: (error) => notify.failure('Could not remove the vendor', error),
    }),
  );
}
