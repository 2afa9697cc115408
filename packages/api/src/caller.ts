import type { Context } from './context';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

const createCaller = createCallerFactory(appRouter);

/**
 * Calls procedures in-process, without HTTP (scripts, seeds, the simulator,
 * tests). Unexpected errors are logged as the HTTP server logs them. `signal`
 * ends what the caller started (a subscription's stream).
 */
export function createServerCaller(ctx: Context, signal?: AbortSignal) {
  return createCaller(ctx, {
    signal,
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        ctx.logger?.error({ err: error.cause ?? error, path }, 'procedure failed');
      }
    },
  });
}
