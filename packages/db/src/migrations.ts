/**
 * Applies drizzle-kit's migrations (packages/db/drizzle) and reports on them.
 *
 * drizzle-kit's own `migrate` prints nothing per migration, exits 1 silently on
 * some errors and cannot open the embedded database, so this runner reads the
 * same journal and SQL files itself. The tracking table keeps drizzle's columns
 * (id, hash, created_at = the journal's `when`) plus the migration's name, so
 * either tool recognises what the other applied.
 */
import { describeState, inspectDatabase, type OriginalMigration } from './adopt/detect';
import type { AdoptionReport } from './adopt/report';
import { upgradeFromOriginal } from './adopt/run';
import { BASELINE_MIGRATIONS } from './adopt/upgrade';
import type { DbClient, SessionQuery } from './client';
import { MigrationError } from './errors';
import { type Migration, readMigrations } from './migration-files';
import { appliedMigrations, ensureTrackingTable, runMigration } from './tracking';

// Any constant shared by every runner; two runs at once take turns on it.
const MIGRATION_LOCK_KEY = 7_216_245_001;

export { describeDatabaseError, MigrationError } from './errors';
export { type Migration, readMigrations } from './migration-files';
export { MIGRATIONS_TABLE } from './tracking';

export type MigrationState = {
  name: string;
  applied: boolean;
  appliedAt: Date | null;
};

/** Every migration in the journal, applied or pending, in order. Changes nothing. */
export async function migrationStatus(
  client: DbClient,
  migrations = readMigrations(),
): Promise<MigrationState[]> {
  const applied = await client.withSession(appliedMigrations);
  return migrations.map((m) => ({
    name: m.name,
    applied: applied.has(m.createdAt),
    appliedAt: applied.get(m.createdAt) ?? null,
  }));
}

export type MigrateResult = {
  applied: string[];
  total: number;
  /** Set when the database was the original app's: what its upgrade did (or would do). */
  upgrade?: AdoptionReport | undefined;
};

/**
 * Applies pending migrations in order, each in its own transaction, under an
 * advisory lock so concurrent runs apply each migration once. A database built
 * by the original app is first upgraded in place (src/adopt). Throws a
 * MigrationError (with the database's own message) on the first failure.
 * `dryRun` says what would happen and writes nothing.
 */
export async function migrate(
  client: DbClient,
  {
    log = () => {},
    migrations = readMigrations(),
    dryRun = false,
  }: {
    log?: (line: string) => void;
    migrations?: Migration[];
    dryRun?: boolean;
  } = {},
): Promise<MigrateResult> {
  return client.withSession(async (query) => {
    await query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const state = await inspectDatabase(query);
      if (state.kind === 'unknown-tracking' || state.kind === 'untracked-schema') {
        throw new Error(`${describeState(state)}\nNothing was changed.`);
      }
      const upgrade =
        state.kind === 'original'
          ? await upgradeFromOriginal(query, state, { migrations, dryRun, log, kind: client.kind })
          : undefined;
      if (dryRun) {
        const applied = upgrade
          ? new Set(BASELINE_MIGRATIONS)
          : await appliedNames(query, migrations);
        const pending = migrations.filter((m) => !applied.has(m.name));
        log(
          `\nDry run: ${pending.length} migration(s) would then be applied${pending.length ? ':' : '.'}`,
        );
        for (const m of pending) log(`  - ${m.name}`);
        log('\nDry run: nothing was written.');
        return { applied: [], total: pending.length, upgrade };
      }
      log('Initializing migrations...');
      await ensureTrackingTable(query);
      log('✓ Migrations table initialized');
      const applied = await appliedMigrations(query);
      const pending = migrations.filter((m) => !applied.has(m.createdAt));
      if (pending.length === 0) {
        log(`\n✓ No pending migrations (${migrations.length} applied)`);
        return { applied: [], total: 0, upgrade };
      }
      log(`\nFound ${pending.length} pending migration(s):`);
      for (const m of pending) log(`  - ${m.name}`);
      log('\nExecuting migrations...\n');
      const done: string[] = [];
      for (const m of pending) {
        log(`Running migration: ${m.name}`);
        await applyOne(query, m);
        log(`✓ Migration completed: ${m.name}`);
        done.push(m.name);
      }
      log(`\n✓ Completed: ${done.length}/${pending.length} migrations`);
      return { applied: done, total: pending.length, upgrade };
    } finally {
      await query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  });
}

async function appliedNames(query: SessionQuery, migrations: Migration[]): Promise<Set<string>> {
  const applied = await appliedMigrations(query);
  return new Set(migrations.filter((m) => applied.has(m.createdAt)).map((m) => m.name));
}

async function applyOne(query: SessionQuery, migration: Migration): Promise<void> {
  await query('BEGIN');
  let current = '';
  try {
    await runMigration(query, migration, (statement) => {
      current = statement;
    });
    await query('COMMIT');
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined);
    throw new MigrationError(migration.name, current, error);
  }
}

/** Each migration as applied or pending, with totals; the original app's history first when given. */
export function formatStatus(
  states: MigrationState[],
  original: { table: string; migrations: OriginalMigration[] } = { table: '', migrations: [] },
): string {
  const rule = '='.repeat(60);
  const applied = states.filter((s) => s.applied).length;
  const kept = original.migrations;
  return [
    'Migration Status:',
    rule,
    ...(kept.length > 0
      ? [
          `The original app's (${original.table}):`,
          ...kept.map((m) => `✓ APPLIED  ${m.name}  (${m.executedAt.toISOString()})`),
          "This app's (public.schema_migrations):",
        ]
      : []),
    ...states.map((s) => `${s.applied ? '✓ APPLIED ' : '  PENDING '} ${s.name}`),
    rule,
    `Total: ${states.length} migrations, ${applied} applied, ${states.length - applied} pending` +
      (kept.length > 0 ? ` (and ${kept.length} of the original app's, applied)` : ''),
  ].join('\n');
}
