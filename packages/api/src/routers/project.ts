import {
  byId,
  createProjectInput,
  reorderProjectsInput,
  updateProjectInput,
} from '@expert-network/contract';
import * as q from '../queries/projects';
import { protectedProcedure, router } from '../trpc';

export const projectRouter = router({
  list: protectedProcedure.query(({ ctx }) => q.listProjects(ctx.scope)),
  byId: protectedProcedure.input(byId).query(({ ctx, input }) => q.getProject(ctx.scope, input.id)),
  create: protectedProcedure
    .input(createProjectInput)
    .mutation(({ ctx, input }) => q.createProject(ctx.scope, input)),
  update: protectedProcedure
    .input(updateProjectInput)
    .mutation(({ ctx, input }) => q.updateProject(ctx.scope, input)),
  delete: protectedProcedure
    .input(byId)
    .mutation(({ ctx, input }) => q.deleteProject(ctx.scope, input.id)),
  reorder: protectedProcedure
    .input(reorderProjectsInput)
    .mutation(({ ctx, input }) => q.reorderProjects(ctx.scope, input.ids)),
});
