import { TRPCError } from '@trpc/server';
import { protectedProcedure, router } from '../trpc';

export const liveRouter = router({
  /** The caller's changes as they commit (server-sent events); the page refetches what they touch. */
  changes: protectedProcedure.subscription(async function* ({ ctx, signal }) {
    if (!ctx.changes) {
      throw new TRPCError({ code: 'NOT_IMPLEMENTED', message: 'Live updates are off' });
    }
    yield* ctx.changes.stream(ctx.scope.userId, signal);
  }),
});
