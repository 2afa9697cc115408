import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useEnrollments(campaignId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.vendor.enrollments.queryOptions({ campaignId }));
}
