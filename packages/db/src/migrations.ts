/**
 * Applies drizzle-kit's migrations (packages/db/drizzle) and reports on them.
 *
 * drizzle-kit's own `migrate` prints nothing per migration, exits 1 silently on
 * some errors and cannot open the embedded database, so this runner reads the
 * same journal and SQL files itself. The tracking table keeps drizzle's columns
 * (id, hash, created_at = the journal's `when`) plus the migration's name, so
 * either tool recognises what the other applied.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DbClient, SessionQuery } from './client';

/** packages/db/drizzle, or in the compiled server the copy beside its bundle (apps/server/dist/drizzle). */
const MIGRATIONS_FOLDER =
  ['../drizzle', './drizzle']
    .map((path) => fileURLToPath(new URL(path, import.meta.url)))
    .find((folder) => existsSync(`${folder}/meta/_journal.json`)) ??
  fileURLToPath(new URL('../drizzle', import.meta.url));
const MIGRATIONS_TABLE = 'public.schema_migrations';
// Any constant shared by every runner; two runs at once take turns on it.
const MIGRATION_LOCK_KEY = 7_216_245_001;

export type Migration = {
  name: string;
  /** The journal's timestamp: what identifies the migration once applied. */
  createdAt: number;
  hash: string;
  statements: string[];
};

export type MigrationState = {
  name: string;
  applied: boolean;
  appliedAt: Date | null;
};

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly statement: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${describeDatabaseError(cause)}`);
    this.name = 'MigrationError';
  }
}

type Journal = { entries: { idx: number; when: number; tag: string }[] };

export function readMigrations(folder = MIGRATIONS_FOLDER): Migration[] {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries
    .toSorted((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(`${folder}/${entry.tag}.sql`, 'utf8');
      return {
        name: entry.tag,
        createdAt: entry.when,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.length > 0),
      };
    });
}

async function ensureTrackingTable(query: SessionQuery): Promise<void> {
  await query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
    id serial PRIMARY KEY,
    hash text NOT NULL,
    created_at bigint,
    name text,
    applied_at timestamptz DEFAULT now()
  )`);
  const columns = await query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = 'schema_migrations'`,
  );
  const names = new Set(columns.map((c) => c.column_name));
  if (!names.has('hash') || !names.has('created_at')) {
    throw new Error(
      `${MIGRATIONS_TABLE} exists but was not made by this runner (it lacks hash/created_at). ` +
        'Rename it, or see "Migration tracking issues" in the README.',
    );
  }
  // A table made by `drizzle-kit migrate` lacks the readable columns: add them.
  await query(`ALTER TABLE ${MIGRATIONS_TABLE} ADD COLUMN IF NOT EXISTS name text`);
  await query(
    `ALTER TABLE ${MIGRATIONS_TABLE} ADD COLUMN IF NOT EXISTS applied_at timestamptz DEFAULT now()`,
  );
}

async function appliedMigrations(query: SessionQuery): Promise<Map<number, Date | null>> {
  const exists = await query<{ found: string | null }>(
    `SELECT to_regclass('${MIGRATIONS_TABLE}')::text AS found`,
  );
  if (!exists[0]?.found) return new Map();
  const rows = await query<{ created_at: string | number; applied_at: Date | null }>(
    `SELECT created_at, applied_at FROM ${MIGRATIONS_TABLE}`,
  );
  return new Map(rows.map((row) => [Number(row.created_at), row.applied_at]));
}

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

export type MigrateResult = { applied: string[]; total: number };

/**
 * Applies pending migrations in order, each in its own transaction, under an
 * advisory lock so concurrent runs apply each migration once. Throws a
 * MigrationError (with the database's own message) on the first failure.
 */
export async function migrate(
  client: DbClient,
  {
    log = () => {},
    migrations = readMigrations(),
  }: {
    log?: (line: string) => void;
    migrations?: Migration[];
  } = {},
): Promise<MigrateResult> {
  return client.withSession(async (query) => {
    await query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      log('Initializing migrations...');
      await ensureTrackingTable(query);
      log('✓ Migrations table initialized');
      const applied = await appliedMigrations(query);
      const pending = migrations.filter((m) => !applied.has(m.createdAt));
      if (pending.length === 0) {
        log(`\n✓ No pending migrations (${migrations.length} applied)`);
        return { applied: [], total: 0 };
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
      return { applied: done, total: pending.length };
    } finally {
      await query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  });
}

async function applyOne(query: SessionQuery, migration: Migration): Promise<void> {
  await query('BEGIN');
  let current = '';
  try {
    for (const statement of migration.statements) {
      current = statement;
      await query(statement);
    }
    await query(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at, name) VALUES ($1, $2, $3)`, [
      migration.hash,
      migration.createdAt,
      migration.name,
    ]);
    await query('COMMIT');
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined);
    throw new MigrationError(migration.name, current, error);
  }
}

/** The database's own words: message, detail, hint and error code. */
export function describeDatabaseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { code?: string; detail?: string; hint?: string };
  return [
    e.message,
    e.detail && `detail: ${e.detail}`,
    e.hint && `hint: ${e.hint}`,
    e.code && `code: ${e.code}`,
  ]
    .filter(Boolean)
    .join('\n  ');
}

export function formatStatus(states: MigrationState[]): string {
  const rule = '='.repeat(60);
  const applied = states.filter((s) => s.applied).length;
  return [
    'Migration Status:',
    rule,
    ...states.map((s) => `${s.applied ? '✓ APPLIED ' : '  PENDING '} ${s.name}`),
    rule,
    `Total: ${states.length} migrations, ${applied} applied, ${states.length - applied} pending`,
  ].join('\n');
}
