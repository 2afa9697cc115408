import type { Executor } from '@expert-network/db';

/**
 * Hot queries built once per database handle and kept as prepared queries:
 * Drizzle then skips rebuilding the SQL on every call, which was a sixth of the
 * CPU of a small API call (`pnpm bench`). Transactions get their own, dropped
 * with them (the cache holds handles weakly).
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
