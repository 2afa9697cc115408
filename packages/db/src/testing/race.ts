import type { DbClient } from '../client';
import { waitForLockWaiters } from './lock-waiters';
import { lockTable } from './table-lock';

/**
 * A barrier for races: starts every call while `table` is locked, waits until
 * `waiters` of them stand behind the lock (so they truly run at once, whatever
 * the machine's load), then lets them all go and returns how each ended.
 * Refuses the embedded database, where calls would only take turns.
 */
export async function startTogether<T>(
  client: DbClient,
  table: string,
  calls: (() => Promise<T>)[],
  { waiters = calls.length } = {},
): Promise<PromiseSettledResult<T>[]> {
  if (client.kind !== 'postgres') {
    throw new Error('a race needs PostgreSQL: the embedded database runs one call at a time');
  }
  const release = await lockTable(client, table);
  try {
    const settled = Promise.allSettled(calls.map((call) => call()));
    await waitForLockWaiters(client, waiters);
    release();
    return await settled;
  } finally {
    release();
  }
}
