import {
  type listInterviewsInput,
  PAGE_SIZE,
  type rescheduleInterviewInput,
  type scheduleInterviewInput,
} from '@expert-network/contract';
import { type Executor, schema } from '@expert-network/db';
import { asc, eq, getTableColumns, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import { requireExpert, requireTeamMember } from './guards';
import { after, decodeCursor, pageOf, rowsToFetch } from './paging';

const { campaigns, experts, interviews, teamMembers, vendorPlatforms } = schema;

/** A call costs the expert's hourly rate for its length. */
export function callCost(rateCents: number | null, durationMinutes: number): number | null {
  return rateCents === null ? null : Math.round((rateCents * durationMinutes) / 60);
}

/** Interviews with the names a list shows (expert, vendor, campaign, interviewer). */
export function selectInterviews(db: Executor) {
  return db
    .select({
      ...getTableColumns(interviews),
      expertName: experts.name,
      expertTitle: experts.title,
      expertCompany: experts.company,
      vendorName: vendorPlatforms.name,
      campaignName: campaigns.campaignName,
      teamMemberName: teamMembers.name,
    })
    .from(interviews)
    .innerJoin(experts, eq(experts.id, interviews.expertId))
    .innerJoin(campaigns, eq(campaigns.id, interviews.campaignId))
    .leftJoin(vendorPlatforms, eq(vendorPlatforms.id, experts.vendorPlatformId))
    .leftJoin(teamMembers, eq(teamMembers.id, interviews.teamMemberId))
    .$dynamic();
}

/**
 * A page of interviews by time, then id. The cursor holds the last time to the
 * millisecond, as every scheduled time is set (from a JS Date).
 */
export async function listInterviews(scope: Scope, filter: z.infer<typeof listInterviewsInput>) {
  const limit = filter?.limit ?? PAGE_SIZE;
  const cursor = filter?.cursor ? decodeCursor(filter.cursor, 'time') : undefined;
  const conditions: (SQL | undefined)[] = [
    cursor &&
      after(interviews.scheduledAt, interviews.id, {
        id: cursor.id,
        key: sql`${cursor.key}::timestamptz`,
      }),
  ];
  if (filter?.campaignId) conditions.push(eq(interviews.campaignId, filter.campaignId));
  if (filter?.from) conditions.push(gte(interviews.scheduledAt, filter.from));
  if (filter?.to) conditions.push(lte(interviews.scheduledAt, filter.to));
  const rows = await selectInterviews(scope.db)
    .where(owned(interviews, scope, ...conditions))
    .orderBy(asc(interviews.scheduledAt), asc(interviews.id))
    .limit(rowsToFetch(limit));
  return pageOf(rows, limit, (i) => i.scheduledAt.toISOString());
}

export async function getInterview(scope: Scope, id: string) {
  const [row] = await selectInterviews(scope.db).where(
    owned(interviews, scope, eq(interviews.id, id)),
  );
  if (!row) throw notFound('Interview');
  return row;
}

/** Locks and returns one of the caller's interviews, which must be in `status`. */
async function requireInterview(scope: Scope, id: string, status?: 'scheduled') {
  const [row] = await scope.db
    .select()
    .from(interviews)
    .where(owned(interviews, scope, eq(interviews.id, id)))
    .for('update');
  if (!row) throw notFound('Interview');
  if (status && row.status !== status) {
    throw invalid('id', `This interview is ${row.status.replace('_', ' ')}, not ${status}`);
  }
  return row;
}

export async function scheduleInterview(
  scope: Scope,
  input: z.infer<typeof scheduleInterviewInput>,
) {
  return inTransaction(scope, async (tx) => {
    // Locked: a concurrent rejection or cancellation waits for this booking.
    const expert = await requireExpert(tx, input.expertId, { forUpdate: true });
    if (expert.status === 'rejected') {
      throw invalid('expertId', 'This expert was rejected: shortlist them before scheduling');
    }
    if (input.teamMemberId) await requireTeamMember(tx, input.teamMemberId);
    const [row] = await tx.db
      .insert(interviews)
      .values({
        ...input,
        userId: tx.userId,
        campaignId: expert.campaignId,
        costCents: callCost(expert.callRateCents, input.durationMinutes),
        currency: expert.currency,
      })
      .returning({ id: interviews.id });
    if (!row) throw new Error('insert returned nothing');
    await tx.db
      .update(experts)
      .set({ isNew: false, reviewedAt: expert.reviewedAt ?? new Date() })
      .where(owned(experts, tx, eq(experts.id, expert.id)));
    await syncExpertStatus(tx, expert.id);
    return getInterview(tx, row.id);
  });
}

export async function rescheduleInterview(
  scope: Scope,
  { id, ...changes }: z.infer<typeof rescheduleInterviewInput>,
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, id, 'scheduled');
    if (changes.teamMemberId) await requireTeamMember(tx, changes.teamMemberId);
    const expert = await requireExpert(tx, current.expertId);
    const durationMinutes = changes.durationMinutes ?? current.durationMinutes;
    await tx.db
      .update(interviews)
      .set({ ...definedOnly(changes), costCents: callCost(expert.callRateCents, durationMinutes) })
      .where(owned(interviews, tx, eq(interviews.id, id)));
    return getInterview(tx, id);
  });
}

/** A booked call that has started, locked with its expert: one that can be completed or missed. */
async function requireStartedCall(tx: Scope, id: string, action: string) {
  const current = await requireInterview(tx, id, 'scheduled');
  if (current.scheduledAt.getTime() > Date.now()) {
    throw invalid('id', `This call has not started yet: ${action} it once it has taken place`);
  }
  await requireExpert(tx, current.expertId, { forUpdate: true });
  return current;
}

export async function completeInterview(
  scope: Scope,
  input: { id: string; notes?: string | null | undefined },
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireStartedCall(tx, input.id, 'complete');
    await tx.db
      .update(interviews)
      .set({ status: 'completed', completedAt: new Date(), notes: input.notes ?? current.notes })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await syncExpertStatus(tx, current.expertId);
    return getInterview(tx, input.id);
  });
}

/** The expert did not join: not charged, not counted, and the expert can be booked again. */
export async function markNoShow(
  scope: Scope,
  input: { id: string; notes?: string | null | undefined },
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireStartedCall(tx, input.id, 'mark');
    const notes = input.notes
      ? [current.notes, `No show: ${input.notes}`].filter(Boolean).join('\n')
      : current.notes;
    await tx.db
      .update(interviews)
      .set({ status: 'no_show', notes })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await syncExpertStatus(tx, current.expertId);
    return getInterview(tx, input.id);
  });
}

export async function cancelInterview(
  scope: Scope,
  input: { id: string; reason?: string | null | undefined },
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, input.id, 'scheduled');
    await requireExpert(tx, current.expertId, { forUpdate: true });
    const notes = input.reason
      ? [current.notes, `Cancelled: ${input.reason}`].filter(Boolean).join('\n')
      : current.notes;
    await tx.db
      .update(interviews)
      .set({ status: 'cancelled', cancelledAt: new Date(), notes })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await syncExpertStatus(tx, current.expertId);
    return getInterview(tx, input.id);
  });
}

export async function deleteInterview(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, id);
    await requireExpert(tx, current.expertId, { forUpdate: true });
    await tx.db.delete(interviews).where(owned(interviews, tx, eq(interviews.id, id)));
    await syncExpertStatus(tx, current.expertId);
    return { id };
  });
}

/**
 * An expert's pipeline stage follows their calls: scheduled while one is booked,
 * completed once one took place, back on the shortlist when neither remains.
 * Run with the expert's row locked.
 */
async function syncExpertStatus(scope: Scope, expertId: string) {
  const [calls] = await scope.db
    .select({
      scheduled: sql<number>`(count(*) FILTER (WHERE ${interviews.status} = 'scheduled'))::int`,
      completed: sql<number>`(count(*) FILTER (WHERE ${interviews.status} = 'completed'))::int`,
    })
    .from(interviews)
    .where(owned(interviews, scope, eq(interviews.expertId, expertId)));
  const status = calls?.scheduled ? 'scheduled' : calls?.completed ? 'completed' : 'shortlisted';
  await scope.db
    .update(experts)
    .set({ status })
    .where(
      owned(
        experts,
        scope,
        eq(experts.id, expertId),
        // A rejected or merely proposed expert with no calls keeps that stage.
        status === 'shortlisted' ? inArray(experts.status, ['scheduled', 'completed']) : undefined,
      ),
    );
}
