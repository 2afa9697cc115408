import {
  type bulkUpdateExpertsInput,
  MAX_BULK_EXPERTS,
  type matchingExpertIdsInput,
} from '@expert-network/contract';
import { expertStatusRefusal } from '@expert-network/contract/rules';
import { schema } from '@expert-network/db';
import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { inTransaction, owned, type Scope } from '../scope';
import { expertPage } from './expert-list';
import { requireAll, requireCampaign } from './guards';

const { experts } = schema;

/**
 * Many experts at once, in one transaction, by the single change's rules: an
 * expert whose status follows an interview, or a blocked one asked to be
 * shortlisted, is skipped (and said so), the rest
 * change. Returns what each changed expert was before, for an undo.
 */
export function bulkUpdateExperts(scope: Scope, input: z.infer<typeof bulkUpdateExpertsInput>) {
  return inTransaction(scope, async (tx) => {
    const ids = [...new Set(input.ids)];
    const rows = await tx.db
      .select({
        id: experts.id,
        status: experts.status,
        isNew: experts.isNew,
        complianceStatus: experts.complianceStatus,
      })
      .from(experts)
      .where(owned(experts, tx, inArray(experts.id, ids)))
      .for('update');
    requireAll(rows, ids, 'Expert');
    const skipped: { id: string; reason: string }[] = [];
    const { status } = input;
    const movable = rows.filter((row) => {
      const refusal =
        (status && expertStatusRefusal(row.status, status)) ||
        // The compliance gate, as for one expert: the stored result is kept current
        // in the same transaction as every change of rules.
        (status === 'shortlisted' &&
        row.status !== 'shortlisted' &&
        row.complianceStatus === 'blocked'
          ? 'Blocked by compliance: cannot be shortlisted'
          : null);
      if (refusal) skipped.push({ id: row.id, reason: refusal });
      return !refusal;
    });
    if (movable.length > 0) {
      const seen = status !== undefined || input.isNew === false;
      await tx.db
        .update(experts)
        .set({
          ...(status ? { status } : {}),
          ...(status === 'rejected' ? { rejectionReason: input.rejectionReason ?? null } : {}),
          ...(input.isNew !== undefined ? { isNew: input.isNew } : {}),
          ...(seen
            ? { isNew: false, reviewedAt: sql`coalesce(${experts.reviewedAt}, now())` }
            : {}),
        })
        .where(
          owned(
            experts,
            tx,
            inArray(
              experts.id,
              movable.map((r) => r.id),
            ),
          ),
        );
    }
    return {
      updated: movable.map((r) => ({ id: r.id, previousStatus: r.status, wasNew: r.isNew })),
      skipped,
    };
  });
}

/** The ids of every expert the filters match, in the list's order, up to the bulk limit. */
export async function matchingExpertIds(
  scope: Scope,
  input: z.infer<typeof matchingExpertIdsInput>,
) {
  await requireCampaign(scope, input.campaignId);
  // Every matching offer, not one per person: acting on "all matching" acts on each
  // network's offer the filters match (marking all seen, rejecting all proposed).
  const page = await expertPage(scope, { ...input, limit: MAX_BULK_EXPERTS, grouped: false });
  return { ids: page.items.map((e) => e.id), truncated: page.nextCursor !== null };
}
