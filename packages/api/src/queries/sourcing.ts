import type { SourcingRequestKind } from '@expert-network/contract/values';
import { schema } from '@expert-network/db';
import { eq, inArray } from 'drizzle-orm';
import { owned, type Scope } from '../scope';

const { campaignVendorEnrollments, sourcingRequests } = schema;

/**
 * Asks the vendors of these enrollments for experts. The vendor simulator (or,
 * one day, a real integration) decides when they answer. An enrollment has at
 * most one open request of each kind: asking again while one is open is a no-op.
 */
export async function requestSourcing(
  scope: Scope,
  enrollmentIds: string[],
  kind: SourcingRequestKind,
) {
  if (enrollmentIds.length === 0) return;
  await scope.db
    .insert(sourcingRequests)
    .values(enrollmentIds.map((enrollmentId) => ({ userId: scope.userId, enrollmentId, kind })))
    .onConflictDoNothing();
}

/**
 * A campaign that stops running stops its vendors: their requests not yet
 * taken up are cancelled, so nothing says "sourcing" while it is paused.
 * (Resuming the campaign asks its active vendors again.)
 */
export async function cancelOpenSourcing(scope: Scope, campaignId: string) {
  const ofCampaign = scope.db
    .select({ id: campaignVendorEnrollments.id })
    .from(campaignVendorEnrollments)
    .where(
      owned(campaignVendorEnrollments, scope, eq(campaignVendorEnrollments.campaignId, campaignId)),
    );
  await scope.db
    .update(sourcingRequests)
    .set({ status: 'cancelled', completedAt: new Date() })
    .where(
      owned(
        sourcingRequests,
        scope,
        eq(sourcingRequests.status, 'pending'),
        inArray(sourcingRequests.enrollmentId, ofCampaign),
      ),
    );
}
