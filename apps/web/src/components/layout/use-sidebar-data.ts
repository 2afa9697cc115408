import { PAGE_SIZE } from '@expert-network/contract/limits';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

/**
 * Starts loading the sidebar's projects and its first page of campaigns
 * without a project while its code loads (a project's load when it is opened).
 */
export function useSidebarData() {
  const trpc = useTRPC();
  useQuery(trpc.project.list.queryOptions());
  useInfiniteQuery(
    trpc.campaign.list.infiniteQueryOptions(
      { projectId: null, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
}
