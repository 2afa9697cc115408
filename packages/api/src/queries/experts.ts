import type {
  createExpertInput,
  listExpertsInput,
  updateExpertInput,
} from '@expert-network/contract';
import { expertStatusRefusal } from '@expert-network/contract/rules';
import { type Executor, schema } from '@expert-network/db';
import { asc, desc, eq, getTableColumns, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import { definedOnly, inTransaction, owned, ownedByPlaceholder, type Scope } from '../scope';
import { deleteOwned, requireCampaign, requireExpert, requireVendor } from './guards';
import { preparedOn } from './prepared';

const { expertScreeningResponses, experts, vendorPlatforms } = schema;

const listColumns = {
  ...getTableColumns(experts),
  vendorName: vendorPlatforms.name,
  // Full precision of created_at, for the page cursor (a JS Date keeps only ms).
  cursorTime: sql<string>`${experts.createdAt}::text`,
};

type Cursor = { t: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString()) as Cursor;
    // Exactly what PostgreSQL wrote for created_at::text, and a uuid.
    const time = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (typeof c.t === 'string' && time.test(c.t) && typeof c.id === 'string' && uuid.test(c.id)) {
      return c;
    }
  } catch {}
  throw invalid('cursor', 'Not a cursor this API gave out');
}

/** `%`, `_` and `\` match themselves in a search. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type ListFilters = { status: boolean; vendor: boolean; search: boolean; cursor: boolean };

/**
 * The list query for one combination of filters, prepared: every value is a
 * placeholder, so at most 16 shapes exist per database handle.
 */
function expertListQuery(db: Executor, filters: ListFilters, name: string) {
  const p = sql.placeholder;
  const conditions: (SQL | undefined)[] = [eq(experts.campaignId, p('campaignId'))];
  if (filters.status) conditions.push(eq(experts.status, p('status')));
  if (filters.vendor) conditions.push(eq(experts.vendorPlatformId, p('vendorPlatformId')));
  if (filters.search) {
    conditions.push(
      or(
        ilike(experts.name, p('pattern')),
        ilike(experts.title, p('pattern')),
        ilike(experts.company, p('pattern')),
      ),
    );
  }
  if (filters.cursor) {
    conditions.push(
      sql`(${experts.createdAt}, ${experts.id}) < (${p('cursorTime')}::timestamptz, ${p('cursorId')}::uuid)`,
    );
  }
  return db
    .select(listColumns)
    .from(experts)
    .leftJoin(vendorPlatforms, eq(vendorPlatforms.id, experts.vendorPlatformId))
    .where(ownedByPlaceholder(experts, ...conditions))
    .orderBy(desc(experts.createdAt), desc(experts.id))
    .limit(p('limit'))
    .prepare(name);
}

/** A campaign's experts, newest first, a page at a time (keyset pagination). */
export async function listExperts(scope: Scope, input: z.infer<typeof listExpertsInput>) {
  await requireCampaign(scope, input.campaignId);
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const filters: ListFilters = {
    status: Boolean(input.status),
    vendor: Boolean(input.vendorPlatformId),
    search: Boolean(input.search),
    cursor: Boolean(cursor),
  };
  const name = `expert_list_${Object.values(filters)
    .map((on) => (on ? 1 : 0))
    .join('')}`;
  const query = preparedOn(scope.db, name, (db) => expertListQuery(db, filters, name));
  const rows = await query.execute({
    userId: scope.userId,
    campaignId: input.campaignId,
    status: input.status,
    vendorPlatformId: input.vendorPlatformId,
    pattern: input.search ? likePattern(input.search) : undefined,
    cursorTime: cursor?.t,
    cursorId: cursor?.id,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorTime: _, ...expert }) => expert),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ t: last.cursorTime, id: last.id }) : null,
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
  { responses, ...input }: z.infer<typeof createExpertInput>,
) {
  return inTransaction(scope, async (tx) => {
    await requireCampaign(tx, input.campaignId);
    if (input.vendorPlatformId) await requireVendor(tx, input.vendorPlatformId);
    const [row] = await tx.db
      .insert(experts)
      .values({ ...input, userId: tx.userId, isNew: false, reviewedAt: new Date() })
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
      const reviewed = changes.status
        ? { isNew: false, reviewedAt: current.reviewedAt ?? new Date() }
        : {};
      await tx.db
        .update(experts)
        .set({ ...changes, ...reviewed })
        .where(owned(experts, tx, eq(experts.id, id)));
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
