import {
  duplicateSavingsInput,
  mergePersonInput,
  personOfExpertInput,
  splitPersonInput,
} from '@expert-network/contract';
import * as q from '../queries/persons';
import { protectedProcedure, router } from '../trpc';

/** The person behind experts: offers from several networks, earlier campaigns, split and merge. */
export const personRouter = router({
  ofExpert: protectedProcedure
    .input(personOfExpertInput)
    .query(({ ctx, input }) => q.personOfExpert(ctx.scope, input.expertId)),
  split: protectedProcedure
    .input(splitPersonInput)
    .mutation(({ ctx, input }) => q.splitPerson(ctx.scope, input.expertId)),
  merge: protectedProcedure
    .input(mergePersonInput)
    .mutation(({ ctx, input }) => q.mergePerson(ctx.scope, input)),
  savings: protectedProcedure
    .input(duplicateSavingsInput)
    .query(({ ctx, input }) => q.duplicateSavings(ctx.scope, input?.campaignId)),
});
