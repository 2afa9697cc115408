import {
  byId,
  createQuestionInput,
  listQuestionsInput,
  reorderQuestionsInput,
  responsesInput,
  updateQuestionInput,
} from '@expert-network/contract';
import * as q from '../queries/screening';
import { protectedProcedure, router } from '../trpc';

export const screeningRouter = router({
  list: protectedProcedure
    .input(listQuestionsInput)
    .query(({ ctx, input }) => q.listQuestions(ctx.scope, input.campaignId)),
  create: protectedProcedure
    .input(createQuestionInput)
    .mutation(({ ctx, input }) => q.createQuestion(ctx.scope, input)),
  update: protectedProcedure
    .input(updateQuestionInput)
    .mutation(({ ctx, input }) => q.updateQuestion(ctx.scope, input)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteQuestion(ctx.scope, input.id)),
  reorder: protectedProcedure
    .input(reorderQuestionsInput)
    .mutation(({ ctx, input }) => q.reorderQuestions(ctx.scope, input.campaignId, input.ids)),
  responses: protectedProcedure
    .input(responsesInput)
    .query(({ ctx, input }) => q.expertResponses(ctx.scope, input.expertId)),
});
