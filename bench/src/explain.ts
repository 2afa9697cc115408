/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the cases send, with the
 * parameters they were sent with. Writes are explained in a rolled-back
 * transaction. Flags any sequential scan of a user-owned table.
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

export async function explainAll(sql: postgres.Sql, recorded: Recorded): Promise<Explained[]> {
  const out: Explained[] = [];
  for (const [key, statements] of Object.entries(recorded)) {
    for (const { text, params } of statements) {
      let lines: string[] = [];
      await sql
        .begin(async (tx) => {
          const rows = await tx.unsafe(
            `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
            params as postgres.ParameterOrJSON<never>[],
          );
          lines = rows.map((r) => String(r['QUERY PLAN']));
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
