import { useMutation } from '@tanstack/react-query';
import { notify } from '../../lib/notify';
import { useTRPC } from '../../lib/trpc';
import { useInvalidateInterviews } from '../interviews/use-interviews';

/**
 * Moves a call to another start through the API's own reschedule (its rules
 * decide: a clash or a time outside the booking window comes back as a toast).
 */
export function useMoveCall() {
  const trpc = useTRPC();
  const invalidate = useInvalidateInterviews();
  return useMutation(
    trpc.interview.reschedule.mutationOptions({
      onSuccess: (i) => notify.success(`Call with ${i.expertName} moved`),
      onError: (error) => notify.failure('Could not move the call', error),
      // Either way the grid shows what the server holds.
      onSettled: () => invalidate(),
    }),
  );
}
