/**
 * Upgrades a database built by the original app's runner to ours, in one
 * transaction (see "Coming from the original app" in the README):
 *
 * 1. its tracking table becomes public.schema_migrations_original (its history, kept);
 * 2. its `expert_network` schema is renamed aside to expert_network_original;
 * 3. our baseline migrations (the schema as it was when this upgrade was written)
 *    create ours and are recorded as applied;
 * 4. every row is copied across with its conversions, or recorded in
 *    expert_network.adoption_set_aside with the reason;
 * 5. each table's rows are counted (original = copied + set aside), and the
 *    renamed schema, with the original's trigger function, is dropped.
 *
 * Migrations after the baseline then run as on any database. A dry run does all
 * of it and rolls back.
 */
import type { SessionQuery } from '../client';
import type { Migration } from '../migration-files';
import { ensureTrackingTable, runMigration } from '../tracking';
import {
  COPIED_TABLES,
  COPY_STATEMENTS,
  CREATE_SET_ASIDE,
  ORIGINAL_SCHEMA,
  SET_ASIDE,
} from './convert';
import { differencesFromOriginal } from './original-shape';
import { type AdoptionReport, conversionNotes, type TableCount } from './report';
import { parseWorkHistory } from './work-history';

/**
 * The migrations that existed when this upgrade was written: it converts the
 * original's rows into the schema they make. Later migrations are not part of
 * the upgrade; they run afterwards, on the converted data, like anywhere else.
 */
export const BASELINE_MIGRATIONS = [
  '0000_create_expert_network_schema',
  '0001_seed_vendor_platforms',
  '0002_auth_rate_limits',
  '0003_vendor_sourcing_requests',
  '0004_dashboard_and_stats_indexes',
  '0005_sourcing_positions_used',
];

export class UpgradeRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(
      `The original app's database cannot be upgraded as it is; nothing was changed:\n${reasons
        .map((r) => `  - ${r}`)
        .join('\n')}`,
    );
    this.name = 'UpgradeRefused';
  }
}

export function baselineOf(migrations: Migration[]): Migration[] {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const missing = BASELINE_MIGRATIONS.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    throw new UpgradeRefused([
      `the baseline migrations ${missing.join(', ')} are not in the journal`,
    ]);
  }
  return BASELINE_MIGRATIONS.map((name) => byName.get(name) as Migration);
}

const RENAME_TRACKING = [
  'ALTER TABLE public.schema_migrations RENAME TO schema_migrations_original',
  'ALTER SEQUENCE IF EXISTS public.schema_migrations_id_seq RENAME TO schema_migrations_original_id_seq',
  'ALTER INDEX IF EXISTS public.schema_migrations_pkey RENAME TO schema_migrations_original_pkey',
  'ALTER INDEX IF EXISTS public.schema_migrations_migration_name_key RENAME TO schema_migrations_original_migration_name_key',
];

async function countRows(query: SessionQuery, table: string): Promise<number> {
  const rows = await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}

/** Parses work_history text in TypeScript; the copy joins the result. */
async function loadWorkHistory(query: SessionQuery): Promise<void> {
  await query(
    'CREATE TEMP TABLE adopt_work_history (id uuid PRIMARY KEY, entries jsonb) ON COMMIT DROP',
  );
  const rows = await query<{ id: string; work_history: string }>(
    `SELECT id, work_history FROM ${ORIGINAL_SCHEMA}.experts WHERE nullif(btrim(work_history), '') IS NOT NULL`,
  );
  const parsed = rows.map((r) => ({ id: r.id, entries: parseWorkHistory(r.work_history) }));
  await query(
    `INSERT INTO adopt_work_history
     SELECT (e->>'id')::uuid, nullif(e->'entries', 'null'::jsonb) FROM jsonb_array_elements($1::jsonb) e`,
    [JSON.stringify(parsed)],
  );
}

/** Copies every row, then checks that each original row is either copied or set aside. */
async function copyRows(
  query: SessionQuery,
  onStatement: (statement: string) => void,
): Promise<AdoptionReport> {
  const original = new Map<string, number>();
  for (const table of COPIED_TABLES) {
    original.set(table, await countRows(query, `${ORIGINAL_SCHEMA}.${table}`));
  }
  await query(CREATE_SET_ASIDE);
  await loadWorkHistory(query);
  for (const statement of COPY_STATEMENTS) {
    onStatement(statement);
    await query(statement);
  }
  const tables: TableCount[] = [];
  for (const table of COPIED_TABLES) {
    // Every original vendor maps to one of ours (matched by name, or added).
    const copied = await countRows(
      query,
      table === 'vendor_platforms' ? 'adopt_vendor' : `expert_network.${table}`,
    );
    const setAside = await countRows(
      query,
      `${SET_ASIDE} WHERE source_table = '${table}' AND outcome = 'set aside'`,
    );
    tables.push({ table, original: original.get(table) ?? 0, copied, setAside });
  }
  const unaccounted = tables.filter((t) => t.original !== t.copied + t.setAside);
  if (unaccounted.length > 0) {
    throw new Error(
      `rows unaccounted for: ${unaccounted
        .map(
          (t) => `${t.table} (${t.original} original, ${t.copied} copied, ${t.setAside} set aside)`,
        )
        .join('; ')}`,
    );
  }
  const conversions = await conversionNotes(query);
  const records = await query<AdoptionReport['records'][number]>(
    `SELECT source_table AS "table", source_id AS id, outcome, reason FROM ${SET_ASIDE} ORDER BY adoption_set_aside.id`,
  );
  await query(`DROP SCHEMA ${ORIGINAL_SCHEMA} CASCADE`);
  return { tables, conversions, records };
}

/**
 * Runs the upgrade in one transaction on `query`'s session (the caller holds
 * the migration lock) and commits it, or rolls it back for a dry run.
 * `onStatement` sees each statement before it runs, for error reports.
 */
export async function upgradeOriginal(
  query: SessionQuery,
  {
    baseline,
    hasSchema,
    dryRun,
    onStatement = () => {},
  }: {
    baseline: Migration[];
    hasSchema: boolean;
    dryRun: boolean;
    onStatement?: (statement: string) => void;
  },
): Promise<AdoptionReport> {
  if (hasSchema) {
    const differences = await differencesFromOriginal(query, 'expert_network');
    const aside = await query(`SELECT FROM pg_namespace WHERE nspname = '${ORIGINAL_SCHEMA}'`);
    if (aside.length > 0) differences.push(`a schema named ${ORIGINAL_SCHEMA} already exists`);
    if (differences.length > 0) throw new UpgradeRefused(differences);
  }
  await query('BEGIN');
  try {
    for (const statement of RENAME_TRACKING) await query(statement);
    if (hasSchema) await query(`ALTER SCHEMA expert_network RENAME TO ${ORIGINAL_SCHEMA}`);
    await ensureTrackingTable(query);
    for (const migration of baseline) await runMigration(query, migration, onStatement);
    const report = hasSchema
      ? await copyRows(query, onStatement)
      : { tables: [], conversions: [], records: [] };
    await query(dryRun ? 'ROLLBACK' : 'COMMIT');
    return report;
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
