/**
 * The one way queries see data: through the caller's scope. Every query on a
 * user-owned table filters with `owned(...)`, and inserts take `userId` from
 * the scope, never from input.
 */
import type { Executor } from '@expert-network/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgDialect, PgSession } from 'drizzle-orm/pg-core';
import { preparedQuery, rememberTransaction } from './queries/prepared';

export type Scope = { db: Executor; userId: string };

/** `user_id = caller AND ...conditions` for a user-owned table. */
export function owned(
  table: { userId: PgColumn },
  scope: Scope,
  ...conditions: (SQL | undefined)[]
): SQL {
  return and(eq(table.userId, scope.userId), ...conditions) as SQL;
}

/**
 * `owned` for a prepared query: the caller's id is bound at execution, as
 * `{ userId: scope.userId }`, so one prepared query serves every user.
 */
export function ownedByPlaceholder(
  table: { userId: PgColumn },
  ...conditions: (SQL | undefined)[]
): SQL {
  return and(eq(table.userId, sql.placeholder('userId')), ...conditions) as SQL;
}

/**
 * The fields an update really sets: keys sent as `undefined` (superjson keeps
 * them) mean "leave as is", not "clear".
 */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** What a handle keeps to prepare raw SQL (Drizzle's `execute` prepares it anew each call). */
type RawPreparer = {
  dialect: PgDialect;
  _: { session: { prepareQuery: PgSession['prepareQuery'] } };
};

/** `set_config('app.actor', $userId, true)` as a named prepared query. */
function prepareSetActor(db: Executor) {
  const { dialect, _ } = db as unknown as RawPreparer;
  const query = sql`select set_config('app.actor', ${sql.placeholder('userId')}, true)`;
  return _.session.prepareQuery(dialect.sqlToQuery(query), undefined, 'set_actor', false);
}

/**
 * Runs `work` in one transaction, in the same scope. The audit triggers read
 * who is acting from `app.actor`, set here for this transaction only.
 */
export function inTransaction<T>(scope: Scope, work: (scope: Scope) => Promise<T>): Promise<T> {
  return scope.db.transaction(async (tx) => {
    rememberTransaction(tx, scope.db);
    await preparedQuery(tx, 'set_actor', prepareSetActor).execute({ userId: scope.userId });
    return work({ db: tx, userId: scope.userId });
  });
}
