import type {
  createCampaignInput,
  listCampaignsInput,
  updateCampaignInput,
} from '@expert-network/contract';
import { campaignRuleIssues, PAGE_SIZE } from '@expert-network/contract';
import { type Executor, schema } from '@expert-network/db';
import { and, asc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalidIssues, notFound } from '../errors';
import { definedOnly, inTransaction, owned, ownedByPlaceholder, type Scope } from '../scope';
import { centsOfCalls, countOfCalls } from './call-sums';
import { deleteOwned, requireAll, requireProject } from './guards';
import { applyOrder } from './ordering';
import { after, type Cursor, decodeCursor, type Page, pageOf, rowsToFetch } from './paging';
import { preparedOn } from './prepared';
import { insertQuestionTree } from './screening';
import { cancelOpenSourcing, requestSourcing } from './sourcing';
import { insertEnrollments } from './vendors';

const {
  campaignVendorEnrollments,
  campaigns,
  campaignTeamAssignments,
  experts,
  interviews,
  projects,
  teamMembers,
  vendorPlatforms,
} = schema;

/** Per-campaign figures, as lateral subqueries to join to `campaigns`. */
function campaignStats(db: Executor) {
  const expertStats = db
    .select({
      expertCount: sql<number>`count(*)::int`.as('expert_count'),
      newExpertCount: sql<number>`(count(*) FILTER (WHERE ${experts.isNew}))::int`.as(
        'new_expert_count',
      ),
      shortlistedCount:
        sql<number>`(count(*) FILTER (WHERE ${experts.status} = 'shortlisted'))::int`.as(
          'shortlisted_count',
        ),
    })
    .from(experts)
    .where(and(eq(experts.campaignId, campaigns.id), eq(experts.userId, campaigns.userId)))
    .as('expert_stats');
  const interviewStats = db
    .select({
      interviewCount: sql<number>`count(*)::int`.as('interview_count'),
      completedCalls: countOfCalls('completed').as('completed_calls'),
      scheduledCalls: countOfCalls('scheduled').as('scheduled_calls'),
      spendCents: centsOfCalls('completed').as('spend_cents'),
      committedCents: centsOfCalls('scheduled').as('committed_cents'),
    })
    .from(interviews)
    .where(and(eq(interviews.campaignId, campaigns.id), eq(interviews.userId, campaigns.userId)))
    .as('interview_stats');
  return { expertStats, interviewStats };
}

/** A campaign's call target, in SQL so lists and the dashboard can sum it: callTarget's rule. */
const targetCallsValue = sql<number>`coalesce(${campaigns.estimatedCalls}, ${campaigns.maxCalls}, ${campaigns.minCalls}, 0)`;
const targetCalls = targetCallsValue.as('target_calls');

/** A campaign's project, on the whole key (never another user's). */
const campaignProject = and(
  eq(projects.id, campaigns.projectId),
  eq(projects.userId, campaigns.userId),
);

/**
 * Campaigns with their project's name and their expert, interview, call and
 * spend figures: one SQL statement, whatever the number of campaigns.
 */
function selectCampaigns(db: Executor) {
  const { expertStats, interviewStats } = campaignStats(db);
  return db
    .select({
      ...getTableColumns(campaigns),
      projectName: projects.projectName,
      targetCalls,
      expertCount: expertStats.expertCount,
      newExpertCount: expertStats.newExpertCount,
      shortlistedCount: expertStats.shortlistedCount,
      interviewCount: interviewStats.interviewCount,
      completedCalls: interviewStats.completedCalls,
      scheduledCalls: interviewStats.scheduledCalls,
      spendCents: interviewStats.spendCents,
      committedCents: interviewStats.committedCents,
    })
    .from(campaigns)
    .leftJoin(projects, campaignProject)
    .crossJoinLateral(expertStats)
    .crossJoinLateral(interviewStats)
    .$dynamic();
}

/**
 * Just what progress against target needs (the dashboard): names, targets and
 * call figures, without the expert counts or the long text columns.
 */
export function selectCampaignProgress(db: Executor) {
  const { interviewStats } = campaignStats(db);
  return db
    .select({
      id: campaigns.id,
      campaignName: campaigns.campaignName,
      projectName: projects.projectName,
      targetCalls,
      targetCompletionDate: campaigns.targetCompletionDate,
      completedCalls: interviewStats.completedCalls,
      scheduledCalls: interviewStats.scheduledCalls,
      spendCents: interviewStats.spendCents,
      committedCents: interviewStats.committedCents,
      budgetCents: campaigns.budgetCents,
    })
    .from(campaigns)
    .leftJoin(projects, campaignProject)
    .crossJoinLateral(interviewStats)
    .$dynamic();
}

/** Calls completed and scheduled, and the call target, summed over campaigns (one row). */
export function selectCallTotals(db: Executor) {
  const { interviewStats } = campaignStats(db);
  return db
    .select({
      completed: sql<number>`coalesce(sum(${interviewStats.completedCalls}), 0)::int`.as(
        'completed',
      ),
      scheduled: sql<number>`coalesce(sum(${interviewStats.scheduledCalls}), 0)::int`.as(
        'scheduled',
      ),
      target: sql<number>`coalesce(sum(${targetCallsValue}), 0)::int`.as('target'),
    })
    .from(campaigns)
    .crossJoinLateral(interviewStats)
    .$dynamic();
}

type CampaignWithStats = Awaited<ReturnType<typeof getCampaign>>;

/** The user's order (the sidebar's, set by dragging), then id: a total order for keyset pages. */
const inUserOrder = [asc(campaigns.displayOrder), asc(campaigns.id)];
const afterCursor = (cursor: Cursor | undefined) =>
  after(campaigns.displayOrder, campaigns.id, cursor);

/** A page of campaigns in the user's order, of one project (null: none) or status if asked. */
export async function listCampaigns(
  scope: Scope,
  filter: z.infer<typeof listCampaignsInput>,
): Promise<Page<CampaignWithStats>> {
  const limit = filter?.limit ?? PAGE_SIZE;
  const cursor = filter?.cursor ? decodeCursor(filter.cursor, 'number') : undefined;
  let rows: CampaignWithStats[];
  if (filter?.projectId === undefined && !filter?.status) {
    // Every project's (the heaviest call): prepared once per shape, bound per user.
    const name = cursor ? 'campaign_list_after' : 'campaign_list';
    const query = preparedOn(scope.db, name, (db) =>
      selectCampaigns(db)
        .where(
          ownedByPlaceholder(
            campaigns,
            cursor
              ? sql`(${campaigns.displayOrder}, ${campaigns.id}) > (${sql.placeholder('order')}, ${sql.placeholder('after')}::uuid)`
              : undefined,
          ),
        )
        .orderBy(...inUserOrder)
        .limit(sql.placeholder('limit'))
        .prepare(name),
    );
    rows = await query.execute({
      userId: scope.userId,
      order: cursor?.key,
      after: cursor?.id,
      limit: rowsToFetch(limit),
    });
  } else {
    const conditions: (SQL | undefined)[] = [afterCursor(cursor)];
    if (filter?.projectId !== undefined) {
      conditions.push(
        filter.projectId === null
          ? isNull(campaigns.projectId)
          : eq(campaigns.projectId, filter.projectId),
      );
    }
    if (filter?.status) conditions.push(eq(campaigns.status, filter.status));
    rows = await selectCampaigns(scope.db)
      .where(owned(campaigns, scope, ...conditions))
      .orderBy(...inUserOrder)
      .limit(rowsToFetch(limit));
  }
  return pageOf(rows, limit, (c) => c.displayOrder);
}

export async function getCampaign(scope: Scope, id: string) {
  const query = preparedOn(scope.db, 'campaign_by_id', (db) =>
    selectCampaigns(db)
      .where(ownedByPlaceholder(campaigns, eq(campaigns.id, sql.placeholder('id'))))
      .prepare('campaign_by_id'),
  );
  const [row] = await query.execute({ userId: scope.userId, id });
  if (!row) throw notFound('Campaign');
  return row;
}

/** The wizard's result: the campaign, its questions, vendors and team, all or nothing. */
export async function createCampaign(scope: Scope, input: z.infer<typeof createCampaignInput>) {
  const { screeningQuestions, vendorPlatformIds, teamMemberIds, ...fields } = input;
  return inTransaction(scope, async (tx) => {
    if (fields.projectId) await requireProject(tx, fields.projectId);
    if (vendorPlatformIds.length) {
      const found = await tx.db
        .select({ id: vendorPlatforms.id })
        .from(vendorPlatforms)
        .where(
          and(inArray(vendorPlatforms.id, vendorPlatformIds), eq(vendorPlatforms.isActive, true)),
        );
      requireAll(found, vendorPlatformIds, 'Vendor');
    }
    if (teamMemberIds.length) {
      const found = await tx.db
        .select({ id: teamMembers.id })
        .from(teamMembers)
        .where(owned(teamMembers, tx, inArray(teamMembers.id, teamMemberIds)));
      requireAll(found, teamMemberIds, 'Team member');
    }
    const [{ nextOrder } = { nextOrder: 0 }] = await tx.db
      .select({ nextOrder: sql<number>`coalesce(max(${campaigns.displayOrder}) + 1, 0)::int` })
      .from(campaigns)
      .where(owned(campaigns, tx));
    const [campaign] = await tx.db
      .insert(campaigns)
      .values({ ...fields, userId: tx.userId, displayOrder: nextOrder })
      .returning({ id: campaigns.id });
    if (!campaign) throw new Error('insert returned nothing');

    await insertQuestionTree(tx, campaign.id, screeningQuestions);
    await insertEnrollments(tx, campaign.id, vendorPlatformIds);
    if (teamMemberIds.length) {
      await tx.db.insert(campaignTeamAssignments).values(
        teamMemberIds.map((teamMemberId) => ({
          userId: tx.userId,
          campaignId: campaign.id,
          teamMemberId,
        })),
      );
    }
    return getCampaign(tx, campaign.id);
  });
}

export async function updateCampaign(
  scope: Scope,
  { id, ...input }: z.infer<typeof updateCampaignInput>,
) {
  const changes = definedOnly(input);
  return inTransaction(scope, async (tx) => {
    const [current] = await tx.db
      .select()
      .from(campaigns)
      .where(owned(campaigns, tx, eq(campaigns.id, id)))
      .for('update');
    if (!current) throw notFound('Campaign');
    // The rules hold for the campaign as it will be, not just for the fields sent.
    const issues = campaignRuleIssues({ ...current, ...changes });
    if (issues.length) throw invalidIssues(issues);
    if (changes.projectId) await requireProject(tx, changes.projectId);
    if (Object.keys(changes).length === 0) return getCampaign(tx, id);
    await tx.db
      .update(campaigns)
      .set(changes)
      .where(owned(campaigns, tx, eq(campaigns.id, id)));
    // Vendors only work for an active campaign: (re)activating it sets them going.
    if (changes.status === 'active' && current.status !== 'active') {
      const active = await tx.db
        .select({ id: campaignVendorEnrollments.id })
        .from(campaignVendorEnrollments)
        .where(
          owned(
            campaignVendorEnrollments,
            tx,
            eq(campaignVendorEnrollments.campaignId, id),
            eq(campaignVendorEnrollments.status, 'active'),
          ),
        );
      await requestSourcing(
        tx,
        active.map((e) => e.id),
        'initial',
      );
    }
    if (changes.status && changes.status !== 'active' && current.status === 'active') {
      await cancelOpenSourcing(tx, id);
    }
    return getCampaign(tx, id);
  });
}

export async function deleteCampaign(scope: Scope, id: string) {
  return deleteOwned(scope, campaigns, id, 'Campaign');
}

export function reorderCampaigns(scope: Scope, ids: string[]) {
  return applyOrder(scope, campaigns, ids, 'Campaign');
}
