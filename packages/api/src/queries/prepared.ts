import type { Executor } from '@expert-network/db';

/**
 * Hot queries built once per database handle and kept as prepared queries:
 * Drizzle then skips rebuilding the SQL on every call, which was a sixth of the
 * CPU of a small API call (`pnpm bench`). Transactions get their own, dropped
 * with them (the cache holds handles weakly); `preparedInTransaction` shares
 * the database's instead.
 */
const cache = new WeakMap<Executor, Map<string, unknown>>();

export function preparedOn<T>(db: Executor, name: string, build: (db: Executor) => T): T {
  let queries = cache.get(db);
  if (!queries) {
    queries = new Map();
    cache.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}

/** The database handle each open transaction was opened on (see `rememberTransaction`). */
const databases = new WeakMap<Executor, Executor>();

/** Notes that `tx` is a transaction on `db`, so its prepared queries can be the database's. */
export function rememberTransaction(tx: Executor, db: Executor) {
  databases.set(tx, databases.get(db) ?? db);
}

/** What Drizzle keeps of a handle's connection: its session's client (postgres.js or PGlite). */
type WithClient = { _: { session: { client: unknown } } };

/**
 * One prepared query (what `.prepare(name)` returns) for `db`, which may be a
 * transaction: built once on the database (as `preparedOn`) and, in a
 * transaction, a copy that sends through the transaction's connection. A
 * transaction's statements are then not rebuilt on every call (the SQL text,
 * its parameters' encoders and the row mapping are the database's).
 */
export function preparedQuery<T extends object>(
  db: Executor,
  name: string,
  build: (db: Executor) => T,
): T {
  const database = databases.get(db);
  if (!database) return preparedOn(db, name, build);
  const query = preparedOn(database, name, build);
  const client = (db as unknown as WithClient)._.session.client;
  return Object.assign(Object.create(Object.getPrototypeOf(query) as object) as T, query, {
    client,
  });
}
