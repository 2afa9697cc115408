import type { DbClient } from '../client';

/**
 * Takes an exclusive lock on `table` (e.g. `expert_network.projects`) on one of
 * `client`'s connections, so requests that touch it wait; resolves once it is
 * held, with the function that releases it (safe to call more than once).
 */
export async function lockTable(client: DbClient, table: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  await new Promise<void>((resolve, reject) => {
    client
      .withSession(async (q) => {
        await q('BEGIN');
        await q(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
        resolve();
        await released;
        await q('COMMIT');
      })
      .catch(reject);
  });
  return release;
}
