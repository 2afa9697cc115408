import {
  bulkUpdateExpertsInput,
  byId,
  createExpertInput,
  listExpertsInput,
  matchingExpertIdsInput,
  searchExpertsInput,
  statusCountsInput,
  updateExpertInput,
} from '@expert-network/contract';
import * as bulk from '../queries/expert-bulk';
import { searchAllExperts } from '../queries/expert-list';
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
  search: protectedProcedure
    .input(searchExpertsInput)
    .query(({ ctx, input }) => searchAllExperts(ctx.scope, input.search, input.limit)),
  matchingIds: protectedProcedure
    .input(matchingExpertIdsInput)
    .query(({ ctx, input }) => bulk.matchingExpertIds(ctx.scope, input)),
  bulkUpdate: protectedProcedure
    .input(bulkUpdateExpertsInput)
    .mutation(({ ctx, input }) => bulk.bulkUpdateExperts(ctx.scope, input)),
  markViewed: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.markExpertViewed(ctx.scope, input.id)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteExpert(ctx.scope, input.id)),
});
