/**
 * Bulk loading as PostgreSQL likes it: the big tables' indexes, primary and
 * unique keys and foreign keys are dropped before the rows go in and built
 * once afterwards (a sort per index and one join per foreign key, instead of
 * a B-tree insert and a lookup per row). The tables' own triggers are off
 * meanwhile: the audit log and change notifications (a generated history is
 * no history), and the experts' full-text search vector, whose per-row work
 * would take minutes at x10 (searching is not a bench case; the loaded
 * experts' vectors stay empty). The dataset fills the vendor sort name itself.
 */
import type postgres from 'postgres';

type Definition = { table: string; name: string; def: string };

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export async function withoutSecondaryStructures(
  sql: postgres.Sql,
  tables: string[],
  log: (line: string) => void,
  load: () => Promise<void>,
) {
  // Foreign keys of, or pointing at, the tables; then their keys; then plain indexes.
  const foreignKeys = await sql<Definition[]>`
    SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
    FROM pg_constraint
    WHERE contype = 'f'
      AND (conrelid = ANY(${tables}::regclass[]) OR confrelid = ANY(${tables}::regclass[]))`;
  const keys = await sql<Definition[]>`
    SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
    FROM pg_constraint
    WHERE contype IN ('p', 'u') AND conrelid = ANY(${tables}::regclass[])
    ORDER BY contype`;
  const indexes = await sql<Definition[]>`
    SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name,
      pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i
    WHERE i.indrelid = ANY(${tables}::regclass[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`;
  for (const c of [...foreignKeys, ...keys]) {
    await sql.unsafe(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  }
  for (const i of indexes) await sql.unsafe(`DROP INDEX ${i.name}`);
  const triggers = async (action: 'DISABLE' | 'ENABLE') => {
    for (const table of tables) await sql.unsafe(`ALTER TABLE ${table} ${action} TRIGGER USER`);
  };
  await triggers('DISABLE');

  await load();
  await triggers('ENABLE');

  const started = performance.now();
  const session = await sql.reserve();
  try {
    // Index builds sort in memory rather than on disk.
    await session`SET maintenance_work_mem = '512MB'`;
    for (const i of indexes) await session.unsafe(i.def);
    for (const c of keys) {
      await session.unsafe(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`);
    }
    log(`built ${indexes.length + keys.length} indexes in ${seconds(started)}`);
    const checked = performance.now();
    for (const c of foreignKeys) {
      await session.unsafe(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.def}`);
    }
    log(`checked ${foreignKeys.length} foreign keys in ${seconds(checked)}`);
  } finally {
    session.release();
  }
}
