/**
 * Vendor scorecards from the caller's own data (experts, enrollments, calls),
 * every figure over all of the caller's campaigns. The shares are derived by
 * the contract's `vendorScorecard`.
 */
import { vendorScorecard } from '@expert-network/contract/rules';
import { schema } from '@expert-network/db';
import { and, asc, desc, eq, getTableColumns, gte, isNotNull, type SQL, sql } from 'drizzle-orm';
import { owned, type Scope } from '../scope';
import { centsOfCalls } from './call-sums';
import { requireVendor } from './guards';

const { campaignVendorEnrollments: enrollments, experts, interviews, vendorPlatforms } = schema;

const count = (condition?: SQL) =>
  condition ? sql<number>`(count(*) FILTER (WHERE ${condition}))::int` : sql<number>`count(*)::int`;
/** numeric averages and medians come back as text: read as numbers (null stays null). */
const asNumber = (value: unknown) => (value === null ? null : Number(value));

function scorecardQuery(scope: Scope) {
  const proposed = scope.db
    .select({
      vendorId: sql<string>`${experts.vendorPlatformId}`.as('proposed_vendor_id'),
      expertsProposed: count().as('experts_proposed'),
      expertsShortlisted: count(
        sql`${experts.status} IN ('shortlisted', 'scheduled', 'completed')`,
      ).as('experts_shortlisted'),
      averageFitScore: sql<string | null>`avg(${experts.aiFitScore})`.as('average_fit_score'),
      averageRateCents: sql<string | null>`avg(${experts.callRateCents})`.as('average_rate_cents'),
    })
    .from(experts)
    .where(owned(experts, scope, isNotNull(experts.vendorPlatformId)))
    .groupBy(experts.vendorPlatformId)
    .as('proposed');
  // Per enrollment, the first expert that arrived after it; then the median per vendor.
  const firstExpert = scope.db
    .select({
      vendorId: enrollments.vendorPlatformId,
      seconds:
        sql<number>`extract(epoch from min(${experts.createdAt}) - ${enrollments.enrolledAt})`.as(
          'seconds',
        ),
    })
    .from(enrollments)
    .innerJoin(
      experts,
      and(
        eq(experts.campaignId, enrollments.campaignId),
        eq(experts.vendorPlatformId, enrollments.vendorPlatformId),
        eq(experts.userId, enrollments.userId),
        gte(experts.createdAt, enrollments.enrolledAt),
      ),
    )
    .where(owned(enrollments, scope))
    .groupBy(enrollments.userId, enrollments.id)
    .as('first_expert');
  const arrival = scope.db
    .select({
      vendorId: sql<string>`${firstExpert.vendorId}`.as('arrival_vendor_id'),
      medianSeconds: sql<
        string | null
      >`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${firstExpert.seconds})`.as('median_seconds'),
    })
    .from(firstExpert)
    .groupBy(firstExpert.vendorId)
    .as('arrival');
  const calls = scope.db
    .select({
      vendorId: sql<string>`${experts.vendorPlatformId}`.as('calls_vendor_id'),
      callsCompleted: count(sql`${interviews.status} = 'completed'`).as('calls_completed'),
      callsNoShow: count(sql`${interviews.status} = 'no_show'`).as('calls_no_show'),
      callsCancelled: count(sql`${interviews.status} = 'cancelled'`).as('calls_cancelled'),
      callsScheduled: count(sql`${interviews.status} = 'scheduled'`).as('calls_scheduled'),
      // Spend as everywhere else: the cost of completed calls.
      spendCents: centsOfCalls('completed').as('spend_cents'),
      averageRating: sql<
        string | null
      >`avg(${interviews.rating}) FILTER (WHERE ${interviews.status} = 'completed')`.as(
        'average_rating',
      ),
    })
    .from(interviews)
    .innerJoin(
      experts,
      and(eq(experts.id, interviews.expertId), eq(experts.userId, interviews.userId)),
    )
    .where(owned(interviews, scope, isNotNull(experts.vendorPlatformId)))
    .groupBy(experts.vendorPlatformId)
    .as('calls');
  return scope.db
    .select({
      vendor: getTableColumns(vendorPlatforms),
      expertsProposed: proposed.expertsProposed,
      expertsShortlisted: proposed.expertsShortlisted,
      averageFitScore: proposed.averageFitScore,
      averageRateCents: proposed.averageRateCents,
      medianSeconds: arrival.medianSeconds,
      callsCompleted: calls.callsCompleted,
      callsNoShow: calls.callsNoShow,
      callsCancelled: calls.callsCancelled,
      callsScheduled: calls.callsScheduled,
      spendCents: calls.spendCents,
      averageRating: calls.averageRating,
    })
    .from(vendorPlatforms)
    .leftJoin(proposed, eq(proposed.vendorId, vendorPlatforms.id))
    .leftJoin(arrival, eq(arrival.vendorId, vendorPlatforms.id))
    .leftJoin(calls, eq(calls.vendorId, vendorPlatforms.id))
    .$dynamic();
}

type Row = Awaited<ReturnType<ReturnType<typeof scorecardQuery>['execute']>>[number];

const toScorecard = ({ vendor, ...row }: Row) => ({
  vendor,
  scorecard: vendorScorecard({
    expertsProposed: row.expertsProposed ?? 0,
    expertsShortlisted: row.expertsShortlisted ?? 0,
    medianSecondsToFirstExpert: asNumber(row.medianSeconds),
    averageFitScore: asNumber(row.averageFitScore),
    averageRateCents:
      row.averageRateCents === null ? null : Math.round(Number(row.averageRateCents)),
    averageRating: asNumber(row.averageRating),
    callsCompleted: row.callsCompleted ?? 0,
    callsNoShow: row.callsNoShow ?? 0,
    callsCancelled: row.callsCancelled ?? 0,
    callsScheduled: row.callsScheduled ?? 0,
    spendCents: row.spendCents ?? 0,
  }),
});

/** Every vendor of the directory, and any the caller worked with since, with the caller's figures. */
export async function listVendorScorecards(scope: Scope) {
  const rows = await scorecardQuery(scope).orderBy(
    desc(vendorPlatforms.overallScore),
    asc(vendorPlatforms.name),
  );
  return rows
    .filter((r) => r.vendor.isActive || r.expertsProposed !== null || r.callsCompleted !== null)
    .map(toScorecard);
}

export async function getVendorScorecard(scope: Scope, id: string) {
  await requireVendor(scope, id);
  const [row] = await scorecardQuery(scope).where(eq(vendorPlatforms.id, id));
  if (!row) throw new Error('vendor vanished');
  return toScorecard(row);
}
