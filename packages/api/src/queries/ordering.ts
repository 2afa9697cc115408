import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notFound } from '../errors';
import { inTransaction, owned, type Scope } from '../scope';

type Orderable = PgTable & { id: PgColumn; userId: PgColumn; displayOrder: PgColumn };

/**
 * Sets display_order to each id's position in `ids`, in one statement. Every id
 * must be the caller's (and match `where`), or nothing changes: NOT_FOUND.
 */
export async function applyOrder(
  scope: Scope,
  table: Orderable,
  ids: string[],
  what: string,
  where?: SQL,
) {
  await inTransaction(scope, async (tx) => {
    const idArray = sql`${sql.param(ids)}::uuid[]`;
    const updated = await tx.db
      .update(table)
      .set({ displayOrder: sql`array_position(${idArray}, ${table.id}) - 1` } as never)
      .where(owned(table, tx, sql`${table.id} = ANY(${idArray})`, where))
      .returning({ id: table.id });
    if (updated.length !== ids.length) throw notFound(what);
  });
}
