/** `pnpm db:status`: what the database is, and every migration, ours and the original's. */
import {
  type DatabaseState,
  describeState,
  inspectDatabase,
  ORIGINAL_TRACKING_TABLE,
} from './adopt/detect';
import type { DbClient } from './client';
import { formatStatus, type MigrationState, migrationStatus, readMigrations } from './migrations';

export type DatabaseStatus = { state: DatabaseState; migrations: MigrationState[] };

/** Reads only; never fails on a database it did not make (it says what it found). */
export async function databaseStatus(
  client: DbClient,
  migrations = readMigrations(),
): Promise<DatabaseStatus> {
  const state = await client.withSession(inspectDatabase);
  return { state, migrations: await migrationStatus(client, migrations) };
}

export function formatDatabaseStatus({ state, migrations }: DatabaseStatus): string {
  const original =
    state.kind === 'original'
      ? { table: 'public.schema_migrations', migrations: state.migrations }
      : state.kind === 'ours'
        ? { table: ORIGINAL_TRACKING_TABLE, migrations: state.original }
        : undefined;
  return `${describeState(state)}\n\n${formatStatus(migrations, original)}`;
}
