import { byId } from '@expert-network/contract';
import * as q from '../queries/calendar';
import { protectedProcedure, router } from '../trpc';

export const calendarRouter = router({
  invite: protectedProcedure
    .input(byId)
    .query(({ ctx, input }) => q.interviewInvite(ctx.scope, input.id)),
  feedStatus: protectedProcedure.query(({ ctx }) => q.feedStatus(ctx.scope)),
  enableFeed: protectedProcedure.mutation(({ ctx }) => q.enableFeed(ctx.scope)),
  revokeFeed: protectedProcedure.mutation(({ ctx }) => q.revokeFeed(ctx.scope)),
});
