import {
  byId,
  createProjectInput,
  listProjectsInput,
  reorderProjectsInput,
  updateProjectInput,
} from '@expert-network/contract';
import * as q from '../queries/projects';
import { protectedProcedure, router } from '../trpc';

export const projectRouter = router({
  list: protectedProcedure
    .input(listProjectsInput)
    .query(({ ctx, input }) => q.listProjects(ctx.scope, input)),
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
