import type { Context } from './context';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

const createCaller = createCallerFactory(appRouter);

/**
 * Calls procedures in-process, without HTTP (scripts, seeds, the simulator,
 * tests). Unexpected errors are logged as the HTTP server logs them.
 */
export function createServerCaller(ctx: Context) {
  return createCaller(ctx, {
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        ctx.logger?.error({ err: error.cause ?? error, path }, 'procedure failed');
      }
    },
  });
}
