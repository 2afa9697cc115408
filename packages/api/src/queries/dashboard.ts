import { AWAITING_REVIEW_COUNT_LIMIT } from '@expert-network/contract';
import { type Executor, schema } from '@expert-network/db';
import { and, asc, desc, eq, gte, isNotNull, sql } from 'drizzle-orm';
import { ownedByPlaceholder, type Scope } from '../scope';
import { centsOfCalls, countOfCalls } from './call-sums';
import { selectCallTotals, selectCampaignProgress } from './campaigns';
import { selectInterviews } from './interviews';
import { preparedOn } from './prepared';

const { campaigns, experts, interviews, projects, vendorPlatforms } = schema;

/**
 * How many active campaigns the dashboard lists (the newest): its chart and
 * table stay readable, and its cost stays flat for a team with thousands.
 * The call totals cover every active campaign, summed in SQL.
 */
export const DASHBOARD_ACTIVE_CAMPAIGNS = 12;

/**
 * The dashboard's six reads, built once per database handle as prepared
 * queries (the caller's id and the current time are bound per call).
 */
function dashboardQueries(db: Executor) {
  // Constants, not parameters, where a partial index is to serve: a prepared statement's
  // generic plan can use a partial index only when its predicate is in the SQL text.
  const awaitingReview = ownedByPlaceholder(
    experts,
    sql`${experts.isNew} and ${experts.status} = 'proposed'`,
  );
  return {
    byStatus: db
      .select({ status: campaigns.status, count: sql<number>`count(*)::int` })
      .from(campaigns)
      .where(ownedByPlaceholder(campaigns))
      .groupBy(campaigns.status)
      .prepare('dashboard_by_status'),
    active: selectCampaignProgress(db)
      .where(ownedByPlaceholder(campaigns, eq(campaigns.status, 'active')))
      .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
      .limit(DASHBOARD_ACTIVE_CAMPAIGNS)
      .prepare('dashboard_active'),
    calls: selectCallTotals(db)
      .where(ownedByPlaceholder(campaigns, eq(campaigns.status, 'active')))
      .prepare('dashboard_calls'),
    spend: db
      .select({
        vendorPlatformId: interviews.vendorPlatformId,
        vendorName: vendorPlatforms.name,
        spendCents: centsOfCalls('completed').as('spend_cents'),
        // Booked calls are money promised: shown beside the spend, never added to it.
        committedCents: centsOfCalls('scheduled').as('committed_cents'),
        completedCalls: countOfCalls('completed'),
        scheduledCalls: countOfCalls('scheduled'),
      })
      // The calls alone (each carries its expert's network), from interviews_spend_idx:
      // joining every call's expert cost the heaviest user 300 ms at x10.
      .from(interviews)
      .leftJoin(vendorPlatforms, eq(vendorPlatforms.id, interviews.vendorPlatformId))
      // The statuses are in the SQL text, not parameters: a generic plan is made for them.
      .where(
        ownedByPlaceholder(interviews, sql`${interviews.status} in ('completed', 'scheduled')`),
      )
      .groupBy(interviews.vendorPlatformId, vendorPlatforms.name)
      .orderBy(desc(sql`sum(${interviews.costCents})`))
      .prepare('dashboard_spend'),
    // Projects with a budget, with what their campaigns' calls spent and committed.
    projectBudgets: db
      .select({
        id: projects.id,
        projectName: projects.projectName,
        budgetCents: sql<number>`${projects.budgetCents}`.mapWith(Number),
        spentCents: centsOfCalls('completed'),
        committedCents: centsOfCalls('scheduled'),
      })
      .from(projects)
      .leftJoin(
        campaigns,
        and(eq(campaigns.projectId, projects.id), eq(campaigns.userId, projects.userId)),
      )
      .leftJoin(
        interviews,
        and(eq(interviews.campaignId, campaigns.id), eq(interviews.userId, campaigns.userId)),
      )
      .where(ownedByPlaceholder(projects, isNotNull(projects.budgetCents)))
      .groupBy(projects.userId, projects.id)
      .orderBy(asc(projects.displayOrder), asc(projects.id))
      .prepare('dashboard_project_budgets'),
    upcoming: selectInterviews(db)
      .where(
        ownedByPlaceholder(
          interviews,
          // In the SQL text, not a parameter: the generic plan then reads the partial index.
          sql`${interviews.status} = 'scheduled'`,
          gte(interviews.scheduledAt, sql.placeholder('now')),
        ),
      )
      .orderBy(asc(interviews.scheduledAt))
      .limit(8)
      .prepare('dashboard_upcoming'),
    awaiting: db
      .select({
        id: experts.id,
        name: experts.name,
        title: experts.title,
        company: experts.company,
        campaignId: experts.campaignId,
        campaignName: campaigns.campaignName,
        aiFitScore: experts.aiFitScore,
        createdAt: experts.createdAt,
        // Counted once from the partial index, up to the limit the dashboard shows.
        total: sql<number>`(select count(*)::int from (select 1 from ${experts} where ${awaitingReview} limit ${sql.raw(String(AWAITING_REVIEW_COUNT_LIMIT))}) awaiting)`,
      })
      .from(experts)
      .innerJoin(
        campaigns,
        and(eq(campaigns.id, experts.campaignId), eq(campaigns.userId, experts.userId)),
      )
      .where(awaitingReview)
      .orderBy(desc(experts.createdAt), asc(experts.id))
      .limit(8)
      .prepare('dashboard_awaiting'),
  };
}

/** Everything the dashboard shows, read in parallel. */
export async function dashboardSummary(scope: Scope, now = new Date()) {
  const queries = preparedOn(scope.db, 'dashboard', dashboardQueries);
  // A placeholder skips the column's encoder: the time goes as the text PostgreSQL reads.
  const params = { userId: scope.userId, now: now.toISOString() };
  const [byStatus, active, [calls], spend, projectBudgets, upcoming, awaiting] = await Promise.all([
    queries.byStatus.execute(params),
    queries.active.execute(params),
    queries.calls.execute(params),
    queries.spend.execute(params),
    queries.projectBudgets.execute(params),
    queries.upcoming.execute(params),
    queries.awaiting.execute(params),
  ]);

  const statusCounts = { draft: 0, active: 0, paused: 0, completed: 0, archived: 0 };
  for (const row of byStatus) statusCounts[row.status] = row.count;

  return {
    campaignsByStatus: statusCounts,
    calls: calls ?? { completed: 0, scheduled: 0, target: 0 },
    activeCampaigns: active,
    spendByVendor: spend.map((s) => ({ ...s, vendorName: s.vendorName ?? 'Added by hand' })),
    totalSpendCents: spend.reduce((n, s) => n + s.spendCents, 0),
    totalCommittedCents: spend.reduce((n, s) => n + s.committedCents, 0),
    projectBudgets,
    upcomingInterviews: upcoming,
    awaitingReview: {
      count: awaiting[0]?.total ?? 0,
      experts: awaiting.map(({ total: _, ...e }) => e),
    },
  };
}
