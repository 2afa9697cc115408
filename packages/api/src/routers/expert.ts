import {
  byId,
  createExpertInput,
  listExpertsInput,
  statusCountsInput,
  updateExpertInput,
} from '@expert-network/contract';
import * as q from '../queries/experts';
import { protectedProcedure, router } from '../trpc';

export const expertRouter = router({
  list: protectedProcedure
    .input(listExpertsInput)
    .query(({ ctx, input }) => q.listExperts(ctx.scope, input)),
  statusCounts: protectedProcedure
    .input(statusCountsInput)
    .query(({ ctx, input }) => q.expertStatusCounts(ctx.scope, input.campaignId)),
  byId: protectedProcedure.input(byId).query(({ ctx, input }) => q.getExpert(ctx.scope, input.id)),
  create: protectedProcedure
    .input(createExpertInput)
    .mutation(({ ctx, input }) => q.createExpert(ctx.scope, input)),
  update: protectedProcedure
    .input(updateExpertInput)
    .mutation(({ ctx, input }) => q.updateExpert(ctx.scope, input)),
  markViewed: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.markExpertViewed(ctx.scope, input.id)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteExpert(ctx.scope, input.id)),
});
