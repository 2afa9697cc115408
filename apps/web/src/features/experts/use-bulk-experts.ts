import { useMutation, useQueryClient } from '@tanstack/react-query';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { type RouterInputs, type RouterOutputs, useTRPC } from '../../lib/trpc';

type BulkInput = RouterInputs['expert']['bulkUpdate'];
type BulkResult = RouterOutputs['expert']['bulkUpdate'];

const DONE: Record<string, string> = {
  shortlisted: 'shortlisted',
  rejected: 'rejected',
  proposed: 'sent back to proposed',
};

/**
 * Shortlist, reject or mark seen many experts; the toast says what changed and
 * what was skipped, and Undo puts each one back as it was.
 */
export function useBulkUpdateExperts(onDone?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.expert.pathKey() });
  const bulk = useMutation(trpc.expert.bulkUpdate.mutationOptions({ onSettled: refresh }));

  const undo = async (result: BulkResult) => {
    try {
      for (const status of ['proposed', 'shortlisted', 'rejected'] as const) {
        const ids = result.updated.filter((u) => u.previousStatus === status).map((u) => u.id);
        if (ids.length) await bulk.mutateAsync({ ids, status });
      }
      const wereNew = result.updated.filter((u) => u.wasNew).map((u) => u.id);
      if (wereNew.length) await bulk.mutateAsync({ ids: wereNew, isNew: true });
      notify.success('Undone');
    } catch (error) {
      notify.failure('Could not undo', error);
    }
  };

  return {
    isPending: bulk.isPending,
    run: (input: BulkInput) =>
      bulk.mutate(input, {
        onSuccess: (result) => {
          onDone?.();
          const what = input.status
            ? DONE[input.status]
            : input.isNew
              ? 'marked new'
              : 'marked seen';
          const skipped = result.skipped.length
            ? ` · ${plural(result.skipped.length, 'expert')} skipped: ${result.skipped[0]?.reason}`
            : '';
          notify.success(`${plural(result.updated.length, 'expert')} ${what}${skipped}`, {
            action: { label: 'Undo', onClick: () => void undo(result) },
          });
        },
        onError: (error) => notify.failure('Could not change these experts', error),
      }),
  };
}
