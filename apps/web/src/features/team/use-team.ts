import { PAGE_SIZE } from '@expert-network/contract/limits';
import { useInfiniteQuery } from '@tanstack/react-query';
import { withRows } from '../../lib/pages';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type TeamMember = RouterOutputs['team']['list']['items'][number];

/** The team by name, a page at a time (`data`: the members loaded so far). */
export function useTeam() {
  const trpc = useTRPC();
  return withRows(
    useInfiniteQuery(
      trpc.team.list.infiniteQueryOptions(
        { limit: PAGE_SIZE },
        { getNextPageParam: (last) => last.nextCursor },
      ),
    ),
  );
}
