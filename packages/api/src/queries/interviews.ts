import {
  type completeInterviewInput,
  type correctInterviewInput,
  type listInterviewsInput,
  PAGE_SIZE,
  type rescheduleInterviewInput,
  type scheduleInterviewInput,
} from '@expert-network/contract';
import {
  bookingRefusal,
  callCostCents,
  correctionRefusal,
  deletionRefusal,
  expertStatusAfterCalls,
  type InterviewAction,
  interviewActionRefusal,
} from '@expert-network/contract/rules';
import { type Executor, sameOwnerJoin, schema } from '@expert-network/db';
import { asc, eq, getTableColumns, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import { definedOnly, inTransaction, owned, type Scope } from '../scope';
import {
  billingRuleOf,
  expertClash,
  overlapping,
  requireConfirmedWarnings,
} from './booking-checks';
import { notifyBudgetThresholds } from './budgets';
import { countOfCalls } from './call-sums';
import { requireCompliant } from './compliance';
import { requireExpert, requireTeamMember } from './guards';
import { after, decodeCursor, pageOf, rowsToFetch } from './paging';

const { campaigns, experts, interviewCorrections, interviews, teamMembers, vendorPlatforms } =
  schema;

/** The expert's calls, for the overlap checks. */
const ofExpert = (expertId: string) => eq(interviews.expertId, expertId);

/** Interviews with the names a list shows (expert, vendor, campaign, interviewer). */
export function selectInterviews(db: Executor) {
  return db
    .select({
      ...getTableColumns(interviews),
      expertName: experts.name,
      expertTitle: experts.title,
      expertCompany: experts.company,
      // Where the expert is: the booking form shows their local time from it.
      expertGeography: experts.geography,
      // A booked call whose expert has since been blocked shows it; it is not cancelled silently.
      expertComplianceStatus: experts.complianceStatus,
      vendorName: vendorPlatforms.name,
      campaignName: campaigns.campaignName,
      teamMemberName: teamMembers.name,
    })
    .from(interviews)
    .innerJoin(experts, sameOwnerJoin(experts, interviews.expertId, interviews.userId))
    .innerJoin(campaigns, sameOwnerJoin(campaigns, interviews.campaignId, interviews.userId))
    .leftJoin(vendorPlatforms, eq(vendorPlatforms.id, experts.vendorPlatformId))
    .leftJoin(teamMembers, sameOwnerJoin(teamMembers, interviews.teamMemberId, interviews.userId))
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

/** Locks and returns one of the caller's interviews, on which `action` must be allowed now. */
async function requireInterview(scope: Scope, id: string, action?: InterviewAction) {
  const [row] = await scope.db
    .select()
    .from(interviews)
    .where(owned(interviews, scope, eq(interviews.id, id)))
    .for('update');
  if (!row) throw notFound('Interview');
  const refusal = action && interviewActionRefusal(row, action, new Date());
  if (refusal) throw invalid('id', refusal);
  return row;
}

export async function scheduleInterview(
  scope: Scope,
  input: z.infer<typeof scheduleInterviewInput>,
) {
  return inTransaction(scope, async (tx) => {
    // Locked: a concurrent rejection or cancellation waits for this booking.
    const expert = await requireExpert(tx, input.expertId, { forUpdate: true });
    const refusal = bookingRefusal(expert.status);
    if (refusal) throw invalid('expertId', refusal);
    const [campaign] = await tx.db
      .select({ status: campaigns.status })
      .from(campaigns)
      .where(owned(campaigns, tx, eq(campaigns.id, expert.campaignId)));
    if (campaign?.status === 'draft') {
      throw invalid('expertId', 'This campaign is a draft: activate it before booking calls');
    }
    // A repeated request (a double-click, a retry) gets the booking it already made.
    const clash = await overlapping(tx, ofExpert(expert.id), input);
    if (
      clash &&
      clash.scheduledAt.getTime() === input.scheduledAt.getTime() &&
      clash.durationMinutes === input.durationMinutes
    ) {
      return getInterview(tx, clash.id);
    }
    if (clash) throw expertClash(clash);
    await requireCompliant(tx, expert, 'book');
    if (input.teamMemberId) await requireTeamMember(tx, input.teamMemberId);
    const rule = await billingRuleOf(tx, expert.vendorPlatformId);
    const costCents = callCostCents(expert.callRateCents, input.durationMinutes, rule);
    const { confirm, ...fields } = input;
    await requireConfirmedWarnings(tx, {
      campaignId: expert.campaignId,
      expert,
      slot: input,
      teamMemberId: input.teamMemberId,
      extraCents: costCents ?? 0,
      confirm,
    });
    const [row] = await tx.db
      .insert(interviews)
      .values({
        ...fields,
        userId: tx.userId,
        campaignId: expert.campaignId,
        costCents,
        currency: expert.currency,
      })
      .returning({ id: interviews.id });
    if (!row) throw new Error('insert returned nothing');
    await notifyBudgetThresholds(tx, expert.campaignId);
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
    const current = await requireInterview(tx, id, 'reschedule');
    if (changes.teamMemberId) await requireTeamMember(tx, changes.teamMemberId);
    // Locked, as by a booking: the clash check below cannot race another one.
    const expert = await requireExpert(tx, current.expertId, { forUpdate: true });
    // Moving a call books it again: the expert must still pass.
    await requireCompliant(tx, expert, 'book');
    const { confirm, ...fields } = changes;
    const slot = {
      scheduledAt: changes.scheduledAt,
      durationMinutes: changes.durationMinutes ?? current.durationMinutes,
      timezone: changes.timezone ?? current.timezone,
    };
    const clash = await overlapping(tx, ofExpert(expert.id), slot, id);
    if (clash) throw expertClash(clash);
    const rule = await billingRuleOf(tx, expert.vendorPlatformId);
    const costCents = callCostCents(expert.callRateCents, slot.durationMinutes, rule);
    await requireConfirmedWarnings(tx, {
      campaignId: current.campaignId,
      slot,
      teamMemberId:
        changes.teamMemberId === undefined ? current.teamMemberId : changes.teamMemberId,
      extraCents: (costCents ?? 0) - (current.costCents ?? 0),
      confirm,
      except: id,
    });
    await tx.db
      .update(interviews)
      .set({
        ...definedOnly(fields),
        costCents,
        // The invite's new version: calendars replace the event with the same UID.
        calendarSequence: current.calendarSequence + 1,
      })
      .where(owned(interviews, tx, eq(interviews.id, id)));
    await notifyBudgetThresholds(tx, current.campaignId);
    return getInterview(tx, id);
  });
}

/** A booked call that has started, locked with its expert: one that can be completed or missed. */
async function requireStartedCall(tx: Scope, id: string, action: 'complete' | 'no_show') {
  const current = await requireInterview(tx, id, action);
  await requireExpert(tx, current.expertId, { forUpdate: true });
  return current;
}

/** The call took place: its real length sets the cost (by the vendor's rule), with the expert's rating. */
export async function completeInterview(
  scope: Scope,
  input: z.infer<typeof completeInterviewInput>,
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, input.id, 'complete');
    const expert = await requireExpert(tx, current.expertId, { forUpdate: true });
    const rule = await billingRuleOf(tx, expert.vendorPlatformId);
    await tx.db
      .update(interviews)
      .set({
        status: 'completed',
        completedAt: new Date(),
        actualMinutes: input.actualMinutes,
        rating: input.rating,
        costCents: callCostCents(expert.callRateCents, input.actualMinutes, rule),
        notes: input.notes ?? current.notes,
      })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await syncExpertStatus(tx, current.expertId);
    await notifyBudgetThresholds(tx, current.campaignId);
    return getInterview(tx, input.id);
  });
}

/** The expert did not join: not charged, not counted, and the expert can be booked again. */
export async function markNoShow(
  scope: Scope,
  input: { id: string; notes?: string | null | undefined },
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireStartedCall(tx, input.id, 'no_show');
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
    const current = await requireInterview(tx, input.id, 'cancel');
    await requireExpert(tx, current.expertId, { forUpdate: true });
    const notes = input.reason
      ? [current.notes, `Cancelled: ${input.reason}`].filter(Boolean).join('\n')
      : current.notes;
    await tx.db
      .update(interviews)
      .set({
        status: 'cancelled',
        cancelledAt: new Date(),
        notes,
        calendarSequence: current.calendarSequence + 1,
      })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await syncExpertStatus(tx, current.expertId);
    return getInterview(tx, input.id);
  });
}

export async function deleteInterview(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, id);
    const refusal = deletionRefusal(current.status);
    if (refusal) throw invalid('id', refusal);
    await requireExpert(tx, current.expertId, { forUpdate: true });
    await tx.db.delete(interviews).where(owned(interviews, tx, eq(interviews.id, id)));
    await syncExpertStatus(tx, current.expertId);
    return { id };
  });
}

/** Fixes a completed call's length or cost, and records what changed and why. */
export async function correctInterview(
  scope: Scope,
  { id, reason, ...changes }: z.infer<typeof correctInterviewInput>,
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, id);
    const refusal = correctionRefusal(current.status);
    if (refusal) throw invalid('id', refusal);
    const expert = await requireExpert(tx, current.expertId);
    const rule = await billingRuleOf(tx, expert.vendorPlatformId);
    // The length corrected is the length the call really had.
    const actualMinutes =
      changes.durationMinutes ?? current.actualMinutes ?? current.durationMinutes;
    const corrected = {
      actualMinutes,
      costCents:
        changes.costCents ??
        (changes.durationMinutes === undefined
          ? current.costCents
          : callCostCents(expert.callRateCents, actualMinutes, rule)),
    };
    const before = { actualMinutes: current.actualMinutes, costCents: current.costCents };
    await tx.db
      .update(interviews)
      .set(corrected)
      .where(owned(interviews, tx, eq(interviews.id, id)));
    await tx.db
      .insert(interviewCorrections)
      .values({ userId: tx.userId, interviewId: id, reason, before, after: corrected });
    await notifyBudgetThresholds(tx, current.campaignId);
    return getInterview(tx, id);
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
      scheduled: countOfCalls('scheduled'),
      completed: countOfCalls('completed'),
    })
    .from(interviews)
    .where(owned(interviews, scope, eq(interviews.expertId, expertId)));
  const [expert] = await scope.db
    .select({ status: experts.status })
    .from(experts)
    .where(owned(experts, scope, eq(experts.id, expertId)));
  if (!calls || !expert) return;
  const status = expertStatusAfterCalls(expert.status, calls);
  if (status === expert.status) return;
  await scope.db
    .update(experts)
    .set({ status })
    .where(owned(experts, scope, eq(experts.id, expertId)));
}
