/**
 * What a database holds before we touch it: nothing yet, ours, the original
 * app's (its runner's tracking table), or something neither made.
 */
import type { SessionQuery } from '../client';

export const ORIGINAL_TRACKING_TABLE = 'public.schema_migrations_original';

export type OriginalMigration = { name: string; executedAt: Date };

export type DatabaseState =
  /** No tracking table and no expert_network schema (Better Auth's tables may be there). */
  | { kind: 'empty' }
  /** Our tracking table; `original` lists the original's history kept beside it after an upgrade. */
  | { kind: 'ours'; original: OriginalMigration[] }
  /** The original app's runner made public.schema_migrations: not upgraded yet. */
  | { kind: 'original'; migrations: OriginalMigration[]; hasSchema: boolean }
  /** public.schema_migrations with columns neither runner writes. */
  | { kind: 'unknown-tracking'; columns: string[] }
  /** expert_network exists but nothing records how it was made. */
  | { kind: 'untracked-schema'; tables: string[] };

async function columnsOf(query: SessionQuery, table: string): Promise<string[]> {
  const rows = await query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

async function originalMigrations(query: SessionQuery, table: string) {
  const rows = await query<{ migration_name: string; executed_at: Date | string }>(
    `SELECT migration_name, executed_at FROM ${table} ORDER BY id`,
  );
  return rows.map((r) => ({ name: r.migration_name, executedAt: new Date(r.executed_at) }));
}

export async function inspectDatabase(query: SessionQuery): Promise<DatabaseState> {
  const tracking = await columnsOf(query, 'schema_migrations');
  const schemaTables = await query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'expert_network' ORDER BY table_name`,
  );
  const schemaExists =
    (
      await query<{ found: boolean }>(
        `SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = 'expert_network') AS found`,
      )
    )[0]?.found === true;
  if (tracking.length === 0) {
    return schemaExists
      ? { kind: 'untracked-schema', tables: schemaTables.map((t) => t.table_name) }
      : { kind: 'empty' };
  }
  if (tracking.includes('hash') && tracking.includes('created_at')) {
    const kept = await columnsOf(query, 'schema_migrations_original');
    return {
      kind: 'ours',
      original: kept.length > 0 ? await originalMigrations(query, ORIGINAL_TRACKING_TABLE) : [],
    };
  }
  if (tracking.includes('migration_name') && tracking.includes('executed_at')) {
    return {
      kind: 'original',
      migrations: await originalMigrations(query, 'public.schema_migrations'),
      hasSchema: schemaExists,
    };
  }
  return { kind: 'unknown-tracking', columns: tracking };
}

/** One or two sentences on what was found, for db:status and for refusals. */
export function describeState(state: DatabaseState): string {
  switch (state.kind) {
    case 'empty':
      return 'No tables of this app yet: `pnpm db:migrate` creates them.';
    case 'ours':
      return state.original.length > 0
        ? `Upgraded from the original app (its ${state.original.length} migrations are kept in ${ORIGINAL_TRACKING_TABLE}).`
        : 'Made by this app.';
    case 'original':
      return (
        `The original app's database, not yet upgraded: public.schema_migrations is its runner's ` +
        `(${state.migrations.length} migrations)${state.hasSchema ? ' and expert_network holds its tables' : ''}. ` +
        '`pnpm db:migrate --dry-run` shows what the upgrade would do; `pnpm db:migrate` does it.'
      );
    case 'unknown-tracking':
      return (
        `public.schema_migrations was made neither by this app nor by the original app ` +
        `(its columns: ${state.columns.join(', ')}). Rename it if it belongs to something else.`
      );
    case 'untracked-schema':
      return (
        `The schema expert_network exists (${state.tables.length} tables: ${state.tables.join(', ') || 'none'}) ` +
        'but no public.schema_migrations says how it was made, so migrations cannot tell what it has.'
      );
  }
}
