import type { Auth, AuthSession } from '@expert-network/auth';
import type { Database } from '@expert-network/db';
import { toTrpcError } from './errors';
import type { ChangeFeed } from './live/change-feed';
import type { ApiLogger } from './logger';

export type SessionReader = (headers: Headers) => Promise<AuthSession | null>;

export type ApiDependencies = {
  db: Database;
  /** Reads the Better Auth session from request headers. */
  getSession: SessionReader;
  logger?: ApiLogger;
  /** Live updates (the `live.changes` subscription); scripts and benchmarks go without. */
  changes?: ChangeFeed | undefined;
};

export type Context = {
  db: Database;
  session: AuthSession | null;
  logger: ApiLogger | undefined;
  changes: ChangeFeed | undefined;
};

/** The Better Auth instance's own session lookup (cookie → session and user). */
export function betterAuthSessionReader(auth: Auth): SessionReader {
  return (headers) => auth.api.getSession({ headers });
}

/** Builds the per-request context from the request's headers. */
export function contextFactory({ db, getSession, logger, changes }: ApiDependencies) {
  return async ({ headers }: { headers: Headers }): Promise<Context> => {
    try {
      return { db, session: await getSession(headers), logger, changes };
    } catch (error) {
      // A failed session lookup (database down...) answers like a failed query.
      throw toTrpcError(error);
    }
  };
}
