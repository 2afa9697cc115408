/**
 * Throwaway databases for tests. With DATABASE_URL set, a new database is
 * created beside the one it names (which is never read or changed) and dropped
 * afterwards; without it, an in-memory embedded database is used.
 */
import postgres from 'postgres';
import { createDbClient, type DbClient } from '../client';
import { databaseUrlFromEnv } from '../env';
import { migrate } from '../migrations';

export type TestDatabase = DbClient & {
  /** The throwaway database's URL (PostgreSQL only). */
  url: string | undefined;
  /** Closes the client and drops the throwaway database. */
  dispose(): Promise<void>;
};

export async function createTestDatabase({
  migrated = true,
}: {
  migrated?: boolean;
} = {}): Promise<TestDatabase> {
  const serverUrl = databaseUrlFromEnv();
  const database = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
  const client = await createDbClient(
    database ? { url: database.url, poolSize: 20 } : { dataDir: 'memory://' },
  );
  if (migrated) await migrate(client);
  return {
    ...client,
    url: database?.url,
    async dispose() {
      await client.close();
      await database?.drop();
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
