/** Our migration tracking table, public.schema_migrations (drizzle's columns plus name and applied_at). */
import type { SessionQuery } from './client';
import type { Migration } from './migration-files';

export const MIGRATIONS_TABLE = 'public.schema_migrations';

export async function ensureTrackingTable(query: SessionQuery): Promise<void> {
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
      `${MIGRATIONS_TABLE} exists but was made neither by this runner nor by the original app's ` +
        `(its columns: ${[...names].join(', ')}). Nothing was changed: see "pnpm db:status".`,
    );
  }
  // A table made by `drizzle-kit migrate` lacks the readable columns: add them.
  await query(`ALTER TABLE ${MIGRATIONS_TABLE} ADD COLUMN IF NOT EXISTS name text`);
  await query(
    `ALTER TABLE ${MIGRATIONS_TABLE} ADD COLUMN IF NOT EXISTS applied_at timestamptz DEFAULT now()`,
  );
}

/** Applied migrations by journal timestamp; empty when the table is missing or not ours. */
export async function appliedMigrations(query: SessionQuery): Promise<Map<number, Date | null>> {
  const columns = await query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = 'schema_migrations' AND column_name = 'created_at'`,
  );
  if (columns.length === 0) return new Map();
  // A session query may hand timestamptz back as text (postgres.js without its type parsers).
  const rows = await query<{ created_at: string | number; applied_at: Date | string | null }>(
    `SELECT created_at, applied_at FROM ${MIGRATIONS_TABLE}`,
  );
  return new Map(
    rows.map((row) => [
      Number(row.created_at),
      row.applied_at === null ? null : new Date(row.applied_at),
    ]),
  );
}

/**
 * Runs a migration's statements and records it, inside the caller's
 * transaction. Returns the statement that failed, if one did, through `onStatement`.
 */
export async function runMigration(
  query: SessionQuery,
  migration: Migration,
  onStatement: (statement: string) => void = () => {},
): Promise<void> {
  for (const statement of migration.statements) {
    onStatement(statement);
    await query(statement);
  }
  await query(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at, name) VALUES ($1, $2, $3)`, [
    migration.hash,
    migration.createdAt,
    migration.name,
  ]);
}
