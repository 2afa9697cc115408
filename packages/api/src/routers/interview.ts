import {
  byId,
  cancelInterviewInput,
  completeInterviewInput,
  correctInterviewInput,
  listInterviewsInput,
  noShowInterviewInput,
  rescheduleInterviewInput,
  scheduleInterviewInput,
} from '@expert-network/contract';
import * as q from '../queries/interviews';
import { protectedProcedure, router } from '../trpc';

export const interviewRouter = router({
  list: protectedProcedure
    .input(listInterviewsInput)
    .query(({ ctx, input }) => q.listInterviews(ctx.scope, input)),
  byId: protectedProcedure
    .input(byId)
    .query(({ ctx, input }) => q.getInterview(ctx.scope, input.id)),
  schedule: protectedProcedure
    .input(scheduleInterviewInput)
    .mutation(({ ctx, input }) => q.scheduleInterview(ctx.scope, input)),
  reschedule: protectedProcedure
    .input(rescheduleInterviewInput)
    .mutation(({ ctx, input }) => q.rescheduleInterview(ctx.scope, input)),
  complete: protectedProcedure
    .input(completeInterviewInput)
    .mutation(({ ctx, input }) => q.completeInterview(ctx.scope, input)),
  noShow: protectedProcedure
    .input(noShowInterviewInput)
    .mutation(({ ctx, input }) => q.markNoShow(ctx.scope, input)),
  cancel: protectedProcedure
    .input(cancelInterviewInput)
    .mutation(({ ctx, input }) => q.cancelInterview(ctx.scope, input)),
  correct: protectedProcedure
    .input(correctInterviewInput)
    .mutation(({ ctx, input }) => q.correctInterview(ctx.scope, input)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteInterview(ctx.scope, input.id)),
});
