import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context';
import { formatIssue, INTERNAL_ERROR_MESSAGE, issuesOf, toTrpcError } from './errors';
import type { Scope } from './scope';
import { transformer } from './transformer';

const t = initTRPC.context<Context>().create({
  transformer,
  // Never send a stack, and never a database message: clients get the code,
  // a sentence, and for bad input the field that is wrong.
  isDev: false,
  // Live updates over server-sent events: a ping keeps proxies from closing a
  // quiet stream, and the browser reconnects when pings stop.
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
  errorFormatter({ shape, error }) {
    const issues = issuesOf(error.cause);
    const fieldErrors = issues
      ? Object.fromEntries(issues.map((i) => [i.path.map(String).join('.'), i.message]))
      : undefined;
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? INTERNAL_ERROR_MESSAGE
        : issues
          ? issues.map(formatIssue).join('; ')
          : error.message;
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure: database errors become safe tRPC errors. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  // tRPC wraps anything that is not a TRPCError as INTERNAL_SERVER_ERROR.
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR' && result.error.cause) {
    throw toTrpcError(result.error.cause);
  }
  return result;
});

/** Signed in only; hands the procedure the caller's scope (database + user id). */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  const scope: Scope = { db: ctx.db, userId: ctx.session.user.id };
  return next({ ctx: { ...ctx, session: ctx.session, scope } });
});
