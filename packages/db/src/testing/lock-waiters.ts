import type { DbClient } from '../client';
import { waitFor } from './wait';

/**
 * Resolves once at least `count` other sessions of this database wait on a lock
 * (pg_locks, not granted): the calls a test started are all in flight and stand
 * at the same barrier. PostgreSQL only.
 */
export function waitForLockWaiters(client: DbClient, count: number, timeoutMs = 20_000) {
  return waitFor(
    `${count} sessions waiting on a lock`,
    async () => {
      const [row] = await client.withSession((q) =>
        q<{ waiting: number }>(
          `SELECT count(DISTINCT pid)::int AS waiting FROM pg_locks
           WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        ),
      );
      return (row?.waiting ?? 0) >= count;
    },
    { timeoutMs },
  );
}
