import { markNotificationsReadInput } from '@expert-network/contract';
import * as q from '../queries/notifications';
import { protectedProcedure, router } from '../trpc';

export const notificationRouter = router({
  list: protectedProcedure.query(({ ctx }) => q.listNotifications(ctx.scope)),
  markRead: protectedProcedure
    .input(markNotificationsReadInput)
    .mutation(({ ctx, input }) => q.markNotificationsRead(ctx.scope, input.ids)),
});
