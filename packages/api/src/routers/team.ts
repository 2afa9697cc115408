import {
  assignmentInput,
  byId,
  createTeamMemberInput,
  forCampaignInput,
  listTeamInput,
  unassignInput,
  updateTeamMemberInput,
} from '@expert-network/contract';
import * as q from '../queries/team';
import { protectedProcedure, router } from '../trpc';

export const teamRouter = router({
  list: protectedProcedure
    .input(listTeamInput)
    .query(({ ctx, input }) => q.listTeam(ctx.scope, input)),
  create: protectedProcedure
    .input(createTeamMemberInput)
    .mutation(({ ctx, input }) => q.createTeamMember(ctx.scope, input)),
  update: protectedProcedure
    .input(updateTeamMemberInput)
    .mutation(({ ctx, input }) => q.updateTeamMember(ctx.scope, input)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteTeamMember(ctx.scope, input.id)),
  assign: protectedProcedure
    .input(assignmentInput)
    .mutation(({ ctx, input }) => q.assignTeamMember(ctx.scope, input)),
  unassign: protectedProcedure
    .input(unassignInput)
    .mutation(({ ctx, input }) => q.unassignTeamMember(ctx.scope, input)),
  forCampaign: protectedProcedure
    .input(forCampaignInput)
    .query(({ ctx, input }) => q.teamForCampaign(ctx.scope, input.campaignId)),
});
