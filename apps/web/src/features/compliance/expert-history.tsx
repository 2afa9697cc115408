import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';
import { HistoryList } from './history-list';

/** Every recorded change of one expert, their calls and approvals. */
export function ExpertHistory({ expertId }: { expertId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.audit.expert.queryOptions({ expertId }));
  return <HistoryList history={history} label="Expert history" />;
}
