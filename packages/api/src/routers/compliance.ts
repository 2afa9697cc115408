import {
  addDoNotContactInput,
  approveExpertInput,
  byExpertId,
  byId,
  projectRulesInput,
  updateProjectRulesInput,
} from '@expert-network/contract';
import * as q from '../queries/compliance';
import { protectedProcedure, router } from '../trpc';

export const complianceRouter = router({
  rules: protectedProcedure
    .input(projectRulesInput)
    .query(({ ctx, input }) => q.getProjectRules(ctx.scope, input.projectId)),
  updateRules: protectedProcedure
    .input(updateProjectRulesInput)
    .mutation(({ ctx, input }) => q.updateProjectRules(ctx.scope, input)),
  doNotContact: protectedProcedure.query(({ ctx }) => q.listDoNotContact(ctx.scope)),
  addDoNotContact: protectedProcedure
    .input(addDoNotContactInput)
    .mutation(({ ctx, input }) => q.addDoNotContact(ctx.scope, input)),
  removeDoNotContact: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.removeDoNotContact(ctx.scope, input.id)),
  approve: protectedProcedure
    .input(approveExpertInput)
    .mutation(({ ctx, input }) => q.approveExpert(ctx.scope, input)),
  approvals: protectedProcedure
    .input(byExpertId)
    .query(({ ctx, input }) => q.listApprovals(ctx.scope, input.expertId)),
});
