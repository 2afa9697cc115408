import type { DbClient } from '../src/client';

const TABLES = ['user', 'session', 'account', 'verification'];

/** Columns, indexes, constraints defined on, and every row of, each Better Auth table. */
export async function betterAuthSnapshot(db: DbClient) {
  return db.withSession(async (q) => {
    const result: Record<string, unknown> = {};
    for (const table of TABLES) {
      result[`${table}.columns`] = await q(
        `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      result[`${table}.indexes`] = await q(
        `SELECT indexname, indexdef FROM pg_indexes
         WHERE schemaname = 'public' AND tablename = $1 ORDER BY indexname`,
        [table],
      );
      result[`${table}.constraints`] = await q(
        `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
         WHERE conrelid = ('public.' || quote_ident($1))::regclass ORDER BY conname`,
        [table],
      );
      result[`${table}.rows`] = await q(`SELECT * FROM public.${`"${table}"`} ORDER BY id`);
    }
    return result;
  });
}
