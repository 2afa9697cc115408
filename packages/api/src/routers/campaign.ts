import {
  byId,
  createCampaignInput,
  listCampaignsInput,
  reorderCampaignsInput,
  updateCampaignInput,
} from '@expert-network/contract';
import * as q from '../queries/campaigns';
import { protectedProcedure, router } from '../trpc';

export const campaignRouter = router({
  list: protectedProcedure
    .input(listCampaignsInput)
    .query(({ ctx, input }) => q.listCampaigns(ctx.scope, input)),
  byId: protectedProcedure
    .input(byId)
    .query(({ ctx, input }) => q.getCampaign(ctx.scope, input.id)),
  create: protectedProcedure
    .input(createCampaignInput)
    .mutation(({ ctx, input }) => q.createCampaign(ctx.scope, input)),
  update: protectedProcedure
    .input(updateCampaignInput)
    .mutation(({ ctx, input }) => q.updateCampaign(ctx.scope, input)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteCampaign(ctx.scope, input.id)),
  reorder: protectedProcedure
    .input(reorderCampaignsInput)
    .mutation(({ ctx, input }) => q.reorderCampaigns(ctx.scope, input.ids)),
});
