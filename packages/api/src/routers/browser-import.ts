import { browserImportInput } from '@expert-network/contract';
import * as q from '../queries/browser-import';
import { protectedProcedure, router } from '../trpc';

/**
 * The original app's browser data: `preview` says what `commit` would do, `commit` does it
 * in one transaction. Both are mutations: the file is too big for a GET's URL (and
 * `apply` is a name tRPC reserves).
 */
export const browserImportRouter = router({
  preview: protectedProcedure
    .input(browserImportInput)
    .mutation(({ ctx, input }) => q.previewBrowserImport(ctx.scope, input.items)),
  commit: protectedProcedure
    .input(browserImportInput)
    .mutation(({ ctx, input }) => q.applyBrowserImport(ctx.scope, input.items)),
});
