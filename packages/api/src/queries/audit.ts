/** The audit trail, read-only: a campaign's or an expert's history, and a campaign's as CSV. */
import { schema } from '@expert-network/db';
import { stringify } from 'csv-stringify/sync';
import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { owned, type Scope } from '../scope';
import { requireCampaign, requireExpert } from './guards';

const { auditLog, user } = schema;

/** Most entries a history view shows; the CSV export has them all. */
const HISTORY_LIMIT = 500;

function selectHistory(scope: Scope, condition: SQL) {
  return scope.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      // The acting user's name while the account exists; "simulator" and "system" as they are.
      actorName: sql<string>`coalesce(${user.name}, ${auditLog.actor})`,
      tableName: auditLog.tableName,
      action: auditLog.action,
      rowId: auditLog.rowId,
      expertId: auditLog.expertId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actor))
    .where(owned(auditLog, scope, condition))
    .$dynamic();
}

export async function campaignHistory(scope: Scope, campaignId: string) {
  await requireCampaign(scope, campaignId);
  return selectHistory(scope, eq(auditLog.campaignId, campaignId))
    .orderBy(desc(auditLog.id))
    .limit(HISTORY_LIMIT);
}

export async function expertHistory(scope: Scope, expertId: string) {
  await requireExpert(scope, expertId);
  return selectHistory(scope, eq(auditLog.expertId, expertId))
    .orderBy(desc(auditLog.id))
    .limit(HISTORY_LIMIT);
}

/** The campaign's whole log, oldest first, as CSV text (one row per change). */
export async function campaignHistoryCsv(scope: Scope, campaignId: string) {
  await requireCampaign(scope, campaignId);
  const rows = await selectHistory(scope, eq(auditLog.campaignId, campaignId)).orderBy(
    asc(auditLog.id),
  );
  const csv = stringify(
    rows.map((r) => [
      r.at.toISOString(),
      r.actor,
      r.actorName,
      r.tableName,
      r.action,
      r.rowId,
      r.before === null ? '' : JSON.stringify(r.before),
      r.after === null ? '' : JSON.stringify(r.after),
    ]),
    {
      header: true,
      columns: ['at', 'actor', 'actor_name', 'table', 'action', 'row_id', 'before', 'after'],
    },
  );
  return { filename: `campaign-${campaignId}-audit.csv`, csv };
}
