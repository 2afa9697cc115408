import type { DbClient } from '@expert-network/db';

/**
 * Takes an exclusive lock on `expert_network.projects` on one of `client`'s
 * connections, so requests that read projects wait; resolves once it is held,
 * with the function that releases it (safe to call more than once).
 */
export async function lockProjectsTable(client: DbClient): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  await new Promise<void>((resolve, reject) => {
    client
      .withSession(async (q) => {
        await q('BEGIN');
        await q('LOCK TABLE expert_network.projects IN ACCESS EXCLUSIVE MODE');
        resolve();
        await released;
        await q('COMMIT');
      })
      .catch(reject);
  });
  return release;
}
