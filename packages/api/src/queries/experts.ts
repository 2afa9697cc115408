import type {
  createExpertInput,
  listExpertsInput,
  updateExpertInput,
} from '@expert-network/contract';
import { expertStatusRefusal } from '@expert-network/contract/rules';
import { placeArrivals, schema } from '@expert-network/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import { definedOnly, inTransaction, owned, ownedByPlaceholder, type Scope } from '../scope';
import { checkOnArrival, requireCompliant } from './compliance';
import { expertPage, searchHighlights } from './expert-list';
import { deleteOwned, requireCampaign, requireExpert, requireVendor } from './guards';
import { preparedOn, preparedQuery } from './prepared';

const { expertScreeningResponses, experts, vendorPlatforms } = schema;

/** A campaign's experts, filtered and sorted, a page at a time; with a search, each one's matching passage. */
export async function listExperts(scope: Scope, input: z.infer<typeof listExpertsInput>) {
  await requireCampaign(scope, input.campaignId);
  const page = await expertPage(scope, { ...input, grouped: true });
  const highlights = input.search
    ? await searchHighlights(
        scope,
        page.items.map((e) => e.id),
        input.search,
      )
    : undefined;
  return {
    // Onto the page's own objects: a copy of every row costs as much as writing the JSON.
    // A plain assignment, where Object.assign turned each row into a slow dictionary-mode
    // object (V8), which JSON.stringify and the result writer then read 25% slower.
    items: page.items.map((e) => {
      const item = e as typeof e & { highlight: string | null };
      item.highlight = highlights?.get(e.id) ?? null;
      return item;
    }),
    nextCursor: page.nextCursor,
  };
}

/**
 * How many of a campaign's experts are at each pipeline stage, how many are
 * new, and how many each vendor proposed (every vendor that did, removed or not).
 */
export async function expertStatusCounts(scope: Scope, campaignId: string) {
  await requireCampaign(scope, campaignId);
  const inCampaign = owned(experts, scope, eq(experts.campaignId, campaignId));
  const [rows, vendors] = await Promise.all([
    scope.db
      .select({
        status: experts.status,
        count: sql<number>`count(*)::int`,
        newCount: sql<number>`(count(*) FILTER (WHERE ${experts.isNew}))::int`,
      })
      .from(experts)
      .where(inCampaign)
      .groupBy(experts.status),
    scope.db
      .select({
        vendorPlatformId: vendorPlatforms.id,
        vendorName: vendorPlatforms.name,
        count: sql<number>`count(*)::int`,
      })
      .from(experts)
      .innerJoin(vendorPlatforms, eq(vendorPlatforms.id, experts.vendorPlatformId))
      .where(inCampaign)
      .groupBy(vendorPlatforms.id, vendorPlatforms.name)
      .orderBy(asc(vendorPlatforms.name)),
  ]);
  const byStatus = { proposed: 0, shortlisted: 0, rejected: 0, scheduled: 0, completed: 0 };
  for (const row of rows) byStatus[row.status] = row.count;
  return {
    byStatus,
    total: rows.reduce((sum, r) => sum + r.count, 0),
    newCount: rows.reduce((sum, r) => sum + r.newCount, 0),
    byVendor: vendors,
  };
}

/** One expert with vendor, every screening answer and the interviews. */
export async function getExpert(scope: Scope, id: string) {
  const query = preparedOn(scope.db, 'expert_by_id', (db) =>
    db.query.experts
      .findFirst({
        where: ownedByPlaceholder(experts, eq(experts.id, sql.placeholder('id'))),
        columns: { searchVector: false, vendorSortName: false },
        with: {
          vendorPlatform: { columns: { id: true, name: true, slug: true, logoUrl: true } },
          responses: {
            columns: { id: true, responseText: true, screeningQuestionId: true },
            with: {
              question: {
                columns: {
                  id: true,
                  questionText: true,
                  questionType: true,
                  options: true,
                  parentQuestionId: true,
                  displayOrder: true,
                },
              },
            },
          },
          interviews: {
            orderBy: (i, { desc }) => [desc(i.scheduledAt)],
            with: { teamMember: { columns: { id: true, name: true } } },
          },
        },
      })
      .prepare('expert_by_id'),
  );
  const expert = await query.execute({ userId: scope.userId, id });
  if (!expert) throw notFound('Expert');
  return expert;
}

/** An expert the user adds by hand (already reviewed), with any answers they have. */
export async function createExpert(
  scope: Scope,
  { responses, attestationReceived, ...input }: z.infer<typeof createExpertInput>,
) {
  return inTransaction(scope, async (tx) => {
    await requireCampaign(tx, input.campaignId);
    if (input.vendorPlatformId) await requireVendor(tx, input.vendorPlatformId);
    // The same person from another network, or from an earlier campaign, is linked on arrival.
    const [place] = await placeArrivals(tx.db, tx.userId, [input]);
    const [row] = await tx.db
      .insert(experts)
      .values({
        ...input,
        ...place,
        userId: tx.userId,
        isNew: false,
        reviewedAt: new Date(),
        attestedAt: attestationReceived ? new Date() : null,
      })
      .returning({ id: experts.id });
    if (!row) throw new Error('insert returned nothing');
    if (responses.length) {
      // The composite key rejects a question of another campaign or user (NOT_FOUND).
      await tx.db.insert(expertScreeningResponses).values(
        responses.map((r) => ({
          ...r,
          userId: tx.userId,
          campaignId: input.campaignId,
          expertId: row.id,
        })),
      );
    }
    await checkOnArrival(tx, [row.id]);
    return getExpert(tx, row.id);
  });
}

export async function updateExpert(
  scope: Scope,
  { id, ...input }: z.infer<typeof updateExpertInput>,
) {
  const changes = definedOnly(input);
  if (Object.keys(changes).length > 0) {
    await inTransaction(scope, async (tx) => {
      // Locked: a call booked meanwhile cannot slip under a rejection.
      const current = await requireExpert(tx, id, { forUpdate: true });
      const refusal = changes.status && expertStatusRefusal(current.status, changes.status);
      if (refusal) throw invalid('status', refusal);
      if (changes.status === 'shortlisted' && current.status !== 'shortlisted') {
        await requireCompliant(tx, current, 'shortlist');
      }
      const reviewed = changes.status
        ? { isNew: false, reviewedAt: current.reviewedAt ?? new Date() }
        : {};
      const values: Record<string, unknown> = { ...changes, ...reviewed };
      // One prepared statement per set of columns changed (and which are cleared), the
      // values as placeholders (a placeholder's encoder is not given nulls).
      const columns = Object.keys(values).sort();
      const cleared = (c: string) => values[c] === null;
      const name = `expert_update_${columns.map((c) => (cleared(c) ? `${c}0` : c)).join('_')}`;
      const update = preparedQuery(tx.db, name, (db) =>
        db
          .update(experts)
          .set(Object.fromEntries(columns.map((c) => [c, cleared(c) ? null : sql.placeholder(c)])))
          .where(ownedByPlaceholder(experts, eq(experts.id, sql.placeholder('id'))))
          .prepare(name),
      );
      await update.execute({ ...values, userId: tx.userId, id });
    });
  }
  // Read once committed, with expert.byId's prepared query.
  return getExpert(scope, id);
}

/** Opened by the user: no longer marked new. */
export async function markExpertViewed(scope: Scope, id: string) {
  const [row] = await scope.db
    .update(experts)
    .set({ isNew: false, reviewedAt: sql`coalesce(${experts.reviewedAt}, now())` })
    .where(owned(experts, scope, eq(experts.id, id)))
    .returning({ id: experts.id, isNew: experts.isNew, reviewedAt: experts.reviewedAt });
  if (!row) throw notFound('Expert');
  return row;
}

export async function deleteExpert(scope: Scope, id: string) {
  return deleteOwned(scope, experts, id, 'Expert');
}
