import {
  byId,
  enrollInput,
  enrollmentsInput,
  updateEnrollmentInput,
} from '@expert-network/contract';
import * as scorecards from '../queries/vendor-scorecards';
import * as q from '../queries/vendors';
import { protectedProcedure, router } from '../trpc';

export const vendorRouter = router({
  list: protectedProcedure.query(({ ctx }) => q.listVendors(ctx.scope)),
  byId: protectedProcedure.input(byId).query(({ ctx, input }) => q.getVendor(ctx.scope, input.id)),
  /** Every vendor with the caller's own figures for it (experts, calls, spend). */
  scorecards: protectedProcedure.query(({ ctx }) => scorecards.listVendorScorecards(ctx.scope)),
  scorecard: protectedProcedure
    .input(byId)
    .query(({ ctx, input }) => scorecards.getVendorScorecard(ctx.scope, input.id)),
  enroll: protectedProcedure
    .input(enrollInput)
    .mutation(({ ctx, input }) => q.enrollVendor(ctx.scope, input)),
  enrollments: protectedProcedure
    .input(enrollmentsInput)
    .query(({ ctx, input }) => q.listEnrollments(ctx.scope, input.campaignId)),
  updateEnrollment: protectedProcedure
    .input(updateEnrollmentInput)
    .mutation(({ ctx, input }) => q.updateEnrollment(ctx.scope, input)),
  unenroll: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.unenrollVendor(ctx.scope, input.id)),
  requestMoreExperts: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.requestMoreExperts(ctx.scope, input.id)),
});
