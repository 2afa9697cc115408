/**
 * Throwaway databases for tests. With DATABASE_URL set, a new database is
 * created beside the one it names (which is never read or changed) and dropped
 * afterwards; without it, an in-memory embedded database is used, or, for tests
 * that need concurrent sessions, a PostgreSQL server of the test's own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDbClient, type DbClient, type DbClientOptions } from '../client';
import { databaseUrlFromEnv } from '../env';
import { migrate, readMigrations } from '../migrations';
import { startPostgresServer } from './postgres-server';

export { waitForLockWaiters } from './lock-waiters';
export { freePort, type PostgresServer, startPostgresServer } from './postgres-server';
export { startTogether } from './race';
export { VENDORS_REFERENCE_FILE } from './reference-files';
export { lockTable } from './table-lock';
export { waitFor } from './wait';

export type TestDatabase = DbClient & {
  /** The throwaway database's URL (PostgreSQL only). */
  url: string | undefined;
  /** Closes the client and drops the throwaway database. */
  dispose(): Promise<void>;
};

export async function createTestDatabase({
  migrated = true,
  concurrent = false,
  logger,
}: {
  migrated?: boolean;
  /** Sees every statement the app's queries send (a test reads their plans). */
  logger?: DbClientOptions['logger'];
  /**
   * Sessions that really run at once (races, locks): PostgreSQL even without
   * DATABASE_URL, on a server this test starts (initdb in a temporary folder),
   * since the embedded database runs one statement at a time and would pass
   * any race by running the calls one after another.
   */
  concurrent?: boolean;
} = {}): Promise<TestDatabase> {
  const envUrl = databaseUrlFromEnv();
  const ownServer = !envUrl && concurrent ? await startPostgresServer() : undefined;
  const serverUrl = envUrl ?? ownServer?.adminUrl;
  const database = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
  let client: DbClient;
  if (database) {
    client = await createDbClient({ url: database.url, poolSize: 20, logger });
    if (migrated) await migrate(client);
  } else {
    client = await createDbClient({
      dataDir: 'memory://',
      logger,
      loadDataDir: migrated ? await migratedSnapshot() : undefined,
    });
  }
  return {
    ...client,
    url: database?.url,
    async dispose() {
      await client.close();
      await database?.drop();
      await ownServer?.destroy();
    },
  };
}

/** A new empty database on the server DATABASE_URL points at, named `<prefix>_<unique>`. */
export async function createThrowawayDatabase(serverUrl: string, prefix = 'en_test') {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end();
    throw new Error(
      `Tests need to create throwaway databases beside DATABASE_URL's: ${String(error)}. ` +
        'Grant the role CREATEDB (ALTER ROLE raguser CREATEDB).',
    );
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      try {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * A migrated embedded database as a tarball, made once per set of migrations
 * and kept in the temp folder: loading it takes a fraction of a fresh start.
 */
async function migratedSnapshot(): Promise<Blob> {
  const fingerprint = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => m.hash)
        .join(),
    )
    .digest('hex')
    .slice(0, 16);
  const file = join(tmpdir(), `expert-network-pglite-${fingerprint}.tar.gz`);
  if (!existsSync(file)) {
    const client = await createDbClient({ dataDir: 'memory://' });
    await migrate(client);
    const snapshot = await client.snapshot?.();
    await client.close();
    if (!snapshot) throw new Error('the embedded database cannot take snapshots');
    // Write then rename, so a parallel test file never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, Buffer.from(await snapshot.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

export {
  AUTH_TABLES,
  distributionRuleBreaches,
  REFERENCE_TABLES,
  STANDALONE_TABLES,
} from './distribution-rules';
export * from './original-deployment';
