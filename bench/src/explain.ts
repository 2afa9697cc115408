/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the cases send, with the
 * parameters they were sent with, as the generic plan of a prepared statement:
 * both servers prepare their statements, and PostgreSQL moves a prepared
 * statement to its generic plan after five executions when that looks no
 * dearer, which hides nothing a custom plan for one call's values would.
 * Writes are explained in a rolled-back transaction. Flags any sequential
 * scan of a user-owned table.
 */
import type postgres from 'postgres';
import type { Recorded } from './inprocess';

/** Tables without a user_id: shared reference data, fine to scan. */
const SHARED_TABLES = ['vendor_platforms'];

export type Explained = {
  key: string;
  text: string;
  plan: string;
  /** Index names the plan uses. */
  indexes: string[];
  /** User-owned tables read by a sequential scan: none is the goal. */
  seqScans: string[];
  ms: number;
};

class Rollback extends Error {}

/** The indexes a plan reads (index, index-only and bitmap index scans). */
function indexesIn(plan: string): string[] {
  const scans = plan.matchAll(
    /(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/g,
  );
  return [...new Set([...scans].map((m) => m[1] as string))];
}

/** A parameter as an SQL literal of unknown type (PREPARE infers the types from the statement). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

export async function explainAll(sql: postgres.Sql, recorded: Recorded): Promise<Explained[]> {
  const out: Explained[] = [];
  for (const [key, statements] of Object.entries(recorded)) {
    for (const { text, params } of statements) {
      let lines: string[] = [];
      await sql
        .begin(async (tx) => {
          await tx.unsafe('SET LOCAL plan_cache_mode = force_generic_plan');
          await tx.unsafe(`PREPARE explained AS ${text}`);
          const values = params.map(literal).join(', ');
          const rows = await tx.unsafe(
            `EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained${params.length ? `(${values})` : ''}`,
          );
          lines = rows.map((r) => String(r['QUERY PLAN']));
          // PREPARE outlives the transaction.
          await tx.unsafe('DEALLOCATE explained');
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      const plan = lines.join('\n');
      const indexes = indexesIn(plan);
      const seqScans = [...plan.matchAll(/Seq Scan on (\S+)/g)]
        .map((m) => m[1] as string)
        .filter((table) => !SHARED_TABLES.includes(table));
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      out.push({
        key,
        text,
        plan,
        indexes,
        seqScans: [...new Set(seqScans)],
        ms,
      });
    }
  }
  return out;
}
