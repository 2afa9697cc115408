import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * The join condition to a user-owned row by its id, within the same user:
 * `table.id = id AND table.user_id = ownerId`. A join that names the owner
 * never pairs two users' rows, and on a database sharded by user it stays on
 * one shard (schema rule: packages/db/src/testing/distribution-rules.ts).
 */
export function sameOwnerJoin(
  table: { id: PgColumn; userId: PgColumn },
  id: PgColumn,
  ownerId: PgColumn,
): SQL {
  return and(eq(table.id, id), eq(table.userId, ownerId)) as SQL;
}
