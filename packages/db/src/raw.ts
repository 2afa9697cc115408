import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Runs hand-written SQL and returns its rows, whichever driver is behind
 * `db` (postgres.js returns the rows, PGlite wraps them in `{ rows }`).
 */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}
