import { MAX_MORE_EXPERT_REQUESTS, type updateEnrollmentInput } from '@expert-network/contract';
import { enrollmentStatusRefusal, moreExpertsRefusal } from '@expert-network/contract/rules';
import { schema } from '@expert-network/db';
import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import { deleteOwned, requireCampaign, requireVendor } from './guards';

/** A vendor of the directory (shared reference data). */
export { requireVendor as getVendor } from './guards';

import { requestSourcing } from './sourcing';

const {
  campaigns,
  campaignVendorEnrollments: enrollments,
  experts,
  sourcingRequests,
  vendorPlatforms,
} = schema;

export function listVendors(scope: Scope) {
  return scope.db
    .select()
    .from(vendorPlatforms)
    .where(eq(vendorPlatforms.isActive, true))
    .orderBy(desc(vendorPlatforms.overallScore), asc(vendorPlatforms.name));
}

const vendorSummary = {
  id: vendorPlatforms.id,
  name: vendorPlatforms.name,
  slug: vendorPlatforms.slug,
  logoUrl: vendorPlatforms.logoUrl,
  overallScore: vendorPlatforms.overallScore,
  avgCostPerCallMinCents: vendorPlatforms.avgCostPerCallMinCents,
  avgCostPerCallMaxCents: vendorPlatforms.avgCostPerCallMaxCents,
  location: vendorPlatforms.location,
  tags: vendorPlatforms.tags,
  minimumBillableMinutes: vendorPlatforms.minimumBillableMinutes,
  billingIncrementMinutes: vendorPlatforms.billingIncrementMinutes,
};

/**
 * Enrolls a vendor in one of the caller's campaigns. Enrolling again returns
 * the existing enrollment; concurrent calls leave one row.
 */
export async function enrollVendor(
  scope: Scope,
  input: { campaignId: string; vendorPlatformId: string },
) {
  return inTransaction(scope, async (tx) => {
    await requireCampaign(tx, input.campaignId);
    const vendor = await requireVendor(tx, input.vendorPlatformId);
    if (!vendor.isActive) {
      throw invalid('vendorPlatformId', `${vendor.name} does not take new campaigns at the moment`);
    }
    const [created] = await insertEnrollments(tx, input.campaignId, [input.vendorPlatformId]);
    const id =
      created?.id ??
      (
        await tx.db
          .select({ id: enrollments.id })
          .from(enrollments)
          .where(
            owned(
              enrollments,
              tx,
              eq(enrollments.campaignId, input.campaignId),
              eq(enrollments.vendorPlatformId, input.vendorPlatformId),
            ),
          )
      )[0]?.id;
    if (!id) throw notFound('Enrollment');
    return { ...(await getEnrollment(tx, id)), created: Boolean(created) };
  });
}

/**
 * New active enrollments of vendors in a campaign (the caller checked both
 * exist); pairs already enrolled are left as they are. Returns the new ones.
 */
export async function insertEnrollments(
  scope: Scope,
  campaignId: string,
  vendorPlatformIds: string[],
) {
  if (vendorPlatformIds.length === 0) return [];
  const created = await scope.db
    .insert(enrollments)
    .values(
      vendorPlatformIds.map((vendorPlatformId) => ({
        campaignId,
        vendorPlatformId,
        userId: scope.userId,
      })),
    )
    .onConflictDoNothing({
      target: [enrollments.userId, enrollments.campaignId, enrollments.vendorPlatformId],
    })
    .returning({ id: enrollments.id, vendorPlatformId: enrollments.vendorPlatformId });
  // An active enrollment sets its vendor to work.
  await requestSourcing(
    scope,
    created.map((e) => e.id),
    'initial',
  );
  return created;
}

/** Enrollments with their vendor, the experts it proposed, and whether it is still sourcing. */
function enrollmentQuery(scope: Scope) {
  const proposed = scope.db
    .select({ expertCount: sql<number>`count(*)::int`.as('expert_count') })
    .from(experts)
    .where(
      and(
        eq(experts.campaignId, enrollments.campaignId),
        eq(experts.vendorPlatformId, enrollments.vendorPlatformId),
        eq(experts.userId, enrollments.userId),
      ),
    )
    .as('proposed');
  // Open requests: the vendor is working on it (null: nothing asked of it).
  const sourcing = scope.db
    .select({
      sourcingSince: sql<Date | null>`min(${sourcingRequests.createdAt})`
        .mapWith(sourcingRequests.createdAt)
        .as('sourcing_since'),
      nextDeliveryAt: sql<Date | null>`min(${sourcingRequests.dueAt})`
        .mapWith(sourcingRequests.dueAt)
        .as('next_delivery_at'),
    })
    .from(sourcingRequests)
    .where(
      and(
        eq(sourcingRequests.userId, enrollments.userId),
        eq(sourcingRequests.enrollmentId, enrollments.id),
        inArray(sourcingRequests.status, ['pending', 'running']),
      ),
    )
    .as('sourcing');
  return scope.db
    .select({
      ...getTableColumns(enrollments),
      // A paused campaign pauses its vendors (sourcingStatus): the screen says so.
      campaignStatus: campaigns.status,
      vendor: vendorSummary,
      expertCount: proposed.expertCount,
      sourcingSince: sourcing.sourcingSince,
      nextDeliveryAt: sourcing.nextDeliveryAt,
    })
    .from(enrollments)
    .innerJoin(vendorPlatforms, eq(vendorPlatforms.id, enrollments.vendorPlatformId))
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, enrollments.campaignId), eq(campaigns.userId, enrollments.userId)),
    )
    .crossJoinLateral(proposed)
    .crossJoinLateral(sourcing);
}

async function getEnrollment(scope: Scope, id: string) {
  const [row] = await enrollmentQuery(scope).where(
    owned(enrollments, scope, eq(enrollments.id, id)),
  );
  if (!row) throw notFound('Enrollment');
  return row;
}

export async function listEnrollments(scope: Scope, campaignId: string) {
  await requireCampaign(scope, campaignId);
  return enrollmentQuery(scope)
    .where(owned(enrollments, scope, eq(enrollments.campaignId, campaignId)))
    .orderBy(asc(enrollments.enrolledAt), asc(vendorPlatforms.name));
}

export async function updateEnrollment(
  scope: Scope,
  { id, ...input }: z.infer<typeof updateEnrollmentInput>,
) {
  const changes = definedOnly(input);
  return inTransaction(scope, async (tx) => {
    const [current] = await tx.db
      .select({ status: enrollments.status })
      .from(enrollments)
      .where(owned(enrollments, tx, eq(enrollments.id, id)))
      .for('update');
    if (!current) throw notFound('Enrollment');
    const refusal = changes.status && enrollmentStatusRefusal(current.status);
    if (refusal) throw invalid('status', refusal);
    if (Object.keys(changes).length === 0) return getEnrollment(tx, id);
    await tx.db
      .update(enrollments)
      .set(changes)
      .where(owned(enrollments, tx, eq(enrollments.id, id)));
    // Activating (or resuming) an enrollment sets the vendor to work again.
    if (changes.status === 'active' && current.status !== 'active') {
      await requestSourcing(tx, [id], 'initial');
    }
    return getEnrollment(tx, id);
  });
}

/** The user asks an active vendor for another batch of experts. */
export async function requestMoreExperts(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    // Locked: two requests at once cannot both pass the count below.
    await tx.db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(owned(enrollments, tx, eq(enrollments.id, id)))
      .for('update');
    const enrollment = await getEnrollment(tx, id);
    const refusal = moreExpertsRefusal(
      enrollment.vendor.name,
      enrollment.status,
      enrollment.campaignStatus,
    );
    if (refusal) throw invalid('id', refusal);
    const [asked] = await tx.db
      .select({
        total: sql<number>`count(*)::int`,
        open: sql<number>`(count(*) FILTER (WHERE ${sourcingRequests.status} IN ('pending', 'running')))::int`,
      })
      .from(sourcingRequests)
      .where(
        owned(
          sourcingRequests,
          tx,
          eq(sourcingRequests.enrollmentId, id),
          eq(sourcingRequests.kind, 'more'),
        ),
      );
    // One already open: asking again is a no-op (a double-click), not another request.
    if (!asked?.open && (asked?.total ?? 0) >= MAX_MORE_EXPERT_REQUESTS) {
      throw invalid(
        'id',
        `${enrollment.vendor.name} has been asked for more experts ${MAX_MORE_EXPERT_REQUESTS} times on this campaign`,
      );
    }
    await requestSourcing(tx, [id], 'more');
    return getEnrollment(tx, id);
  });
}

/** Removes the vendor from the campaign; experts it already proposed stay. */
export async function unenrollVendor(scope: Scope, id: string) {
  return deleteOwned(scope, enrollments, id, 'Enrollment');
}
