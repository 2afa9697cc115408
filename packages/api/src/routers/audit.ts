import { byCampaignId, byExpertId } from '@expert-network/contract';
import * as q from '../queries/audit';
import { protectedProcedure, router } from '../trpc';

export const auditRouter = router({
  campaign: protectedProcedure
    .input(byCampaignId)
    .query(({ ctx, input }) => q.campaignHistory(ctx.scope, input.campaignId)),
  expert: protectedProcedure
    .input(byExpertId)
    .query(({ ctx, input }) => q.expertHistory(ctx.scope, input.expertId)),
  campaignCsv: protectedProcedure
    .input(byCampaignId)
    .query(({ ctx, input }) => q.campaignHistoryCsv(ctx.scope, input.campaignId)),
});
