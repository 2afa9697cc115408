import { updatePreferencesInput } from '@expert-network/contract';
import * as q from '../queries/preferences';
import { protectedProcedure, router } from '../trpc';

export const preferencesRouter = router({
  get: protectedProcedure.query(({ ctx }) => q.getPreferences(ctx.scope)),
  update: protectedProcedure
    .input(updatePreferencesInput)
    .mutation(({ ctx, input }) => q.updatePreferences(ctx.scope, input)),
});
