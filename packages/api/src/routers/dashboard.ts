import { dashboardSummary } from '../queries/dashboard';
import { protectedProcedure, router } from '../trpc';

export const dashboardRouter = router({
  summary: protectedProcedure.query(({ ctx }) => dashboardSummary(ctx.scope)),
});
