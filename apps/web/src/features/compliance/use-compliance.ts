import { useQueryClient } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';

type Rechecked = { checked: number; clear: number; flagged: number; blocked: number };

/** After a change of rules: every expert view refetches, and the user hears what moved. */
export function useAfterRulesChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (what: string, rechecked: Rechecked) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.expert.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.compliance.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.interview.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
    notify.success(what, {
      description:
        rechecked.checked === 0
          ? 'No experts to re-check.'
          : `${rechecked.checked} experts re-checked: ${rechecked.blocked} blocked, ${rechecked.flagged} flagged, ${rechecked.clear} clear.`,
    });
  };
}
