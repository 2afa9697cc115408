import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type TeamMember = RouterOutputs['team']['list'][number];

export function useTeam() {
  const trpc = useTRPC();
  return useQuery(trpc.team.list.queryOptions());
}
