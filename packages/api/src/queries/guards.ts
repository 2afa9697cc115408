/** Existence checks and deletes within the caller's scope: missing and not-yours are both NOT_FOUND. */
import { schema } from '@expert-network/db';
import { eq, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notFound } from '../errors';
import { inTransaction, owned, ownedByPlaceholder, type Scope } from '../scope';
import { preparedOn, preparedQuery } from './prepared';

const { campaigns, experts, projects, teamMembers, vendorPlatforms } = schema;

/** A user-owned table with a uuid primary key. */
type OwnedTable = PgTable & { id: PgColumn; userId: PgColumn };

/** The id of one of the caller's rows in `table`, or NOT_FOUND naming `what`. */
async function requireOwned(scope: Scope, table: OwnedTable, id: string, what: string) {
  const query = preparedOn(scope.db, `require_${getTableName(table)}`, (db) =>
    db
      .select({ id: table.id })
      .from(table as PgTable)
      .where(ownedByPlaceholder(table, eq(table.id, sql.placeholder('id'))))
      .prepare(`require_${getTableName(table)}`),
  );
  const [row] = await query.execute({ userId: scope.userId, id });
  if (!row) throw notFound(what);
  return row as { id: string };
}

/** Deletes one of the caller's rows, or NOT_FOUND naming `what` (in a transaction: audited as the caller). */
export function deleteOwned(scope: Scope, table: OwnedTable, id: string, what: string) {
  return inTransaction(scope, async (tx) => {
    const [row] = await tx.db
      .delete(table)
      .where(owned(table, tx, eq(table.id, id)))
      .returning({ id: table.id });
    if (!row) throw notFound(what);
    return row as { id: string };
  });
}

export const requireCampaign = (scope: Scope, id: string) =>
  requireOwned(scope, campaigns, id, 'Campaign');
export const requireProject = (scope: Scope, id: string) =>
  requireOwned(scope, projects, id, 'Project');
export const requireTeamMember = (scope: Scope, id: string) =>
  requireOwned(scope, teamMembers, id, 'Team member');

/**
 * The whole expert row (callers read its campaign, status and rate); `forUpdate`
 * locks it, so a status decided from it cannot race another write.
 */
export async function requireExpert(scope: Scope, id: string, { forUpdate = false } = {}) {
  const name = forUpdate ? 'require_expert_for_update' : 'require_expert';
  const query = preparedQuery(scope.db, name, (db) => {
    const select = db
      .select()
      .from(experts)
      .where(ownedByPlaceholder(experts, eq(experts.id, sql.placeholder('id'))));
    return (forUpdate ? select.for('update') : select).prepare(name);
  });
  const [row] = await query.execute({ userId: scope.userId, id });
  if (!row) throw notFound('Expert');
  return row;
}

/** Vendors are shared reference data: any signed-in user may read them. */
export async function requireVendor(scope: Scope, id: string) {
  const [row] = await scope.db.select().from(vendorPlatforms).where(eq(vendorPlatforms.id, id));
  if (!row) throw notFound('Vendor');
  return row;
}

/** NOT_FOUND unless every id is among the rows found (the caller's, or shared ones). */
export function requireAll(found: { id: string }[], ids: string[], what: string) {
  const have = new Set(found.map((r) => r.id));
  if (ids.some((id) => !have.has(id))) throw notFound(what);
}
