import { schema } from '@expert-network/db';
import { and, asc, eq, getTableColumns, gte, lte, ne, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { invalid, notFound } from '../errors';
import type {
  listInterviewsInput,
  rescheduleInterviewInput,
  scheduleInterviewInput,
} from '../schemas';
import { inTransaction, owned, type Scope } from '../scope';
import { requireExpert, requireTeamMember } from './guards';

const { campaigns, experts, interviews, teamMembers, vendorPlatforms } = schema;

/** A call costs the expert's hourly rate for its length. */
export function callCost(rateCents: number | null, durationMinutes: number): number | null {
  return rateCents === null ? null : Math.round((rateCents * durationMinutes) / 60);
}

/** Interviews with the names a list shows (expert, vendor, campaign, interviewer). */
export function selectInterviews(scope: Scope) {
  return scope.db
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

export function listInterviews(scope: Scope, filter: z.infer<typeof listInterviewsInput>) {
  const conditions: (SQL | undefined)[] = [];
  if (filter?.campaignId) conditions.push(eq(interviews.campaignId, filter.campaignId));
  if (filter?.from) conditions.push(gte(interviews.scheduledAt, filter.from));
  if (filter?.to) conditions.push(lte(interviews.scheduledAt, filter.to));
  return selectInterviews(scope)
    .where(owned(interviews, scope, ...conditions))
    .orderBy(asc(interviews.scheduledAt));
}

export async function getInterview(scope: Scope, id: string) {
  const [row] = await selectInterviews(scope).where(
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
    const expert = await requireExpert(tx, input.expertId);
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
    if (expert.status === 'proposed' || expert.status === 'shortlisted') {
      await tx.db
        .update(experts)
        .set({ status: 'scheduled', isNew: false, reviewedAt: expert.reviewedAt ?? new Date() })
        .where(owned(experts, tx, eq(experts.id, expert.id)));
    }
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
      .set({ ...changes, costCents: callCost(expert.callRateCents, durationMinutes) })
      .where(owned(interviews, tx, eq(interviews.id, id)));
    return getInterview(tx, id);
  });
}

export async function completeInterview(
  scope: Scope,
  input: { id: string; notes?: string | null | undefined },
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, input.id, 'scheduled');
    if (current.scheduledAt.getTime() > Date.now()) {
      throw invalid('id', 'This call has not started yet: complete it once it has taken place');
    }
    await tx.db
      .update(interviews)
      .set({ status: 'completed', completedAt: new Date(), notes: input.notes ?? current.notes })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await tx.db
      .update(experts)
      .set({ status: 'completed' })
      .where(owned(experts, tx, eq(experts.id, current.expertId)));
    return getInterview(tx, input.id);
  });
}

export async function cancelInterview(
  scope: Scope,
  input: { id: string; reason?: string | null | undefined },
) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, input.id, 'scheduled');
    const notes = input.reason
      ? [current.notes, `Cancelled: ${input.reason}`].filter(Boolean).join('\n')
      : current.notes;
    await tx.db
      .update(interviews)
      .set({ status: 'cancelled', cancelledAt: new Date(), notes })
      .where(owned(interviews, tx, eq(interviews.id, input.id)));
    await releaseExpert(tx, current.expertId, current.id);
    return getInterview(tx, input.id);
  });
}

export async function deleteInterview(scope: Scope, id: string) {
  return inTransaction(scope, async (tx) => {
    const current = await requireInterview(tx, id);
    await tx.db.delete(interviews).where(owned(interviews, tx, eq(interviews.id, id)));
    if (current.status === 'scheduled') await releaseExpert(tx, current.expertId, id);
    return { id };
  });
}

/** A scheduled expert with no other scheduled call goes back to the shortlist. */
async function releaseExpert(scope: Scope, expertId: string, exceptInterviewId: string) {
  const [other] = await scope.db
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      owned(
        interviews,
        scope,
        eq(interviews.expertId, expertId),
        eq(interviews.status, 'scheduled'),
        ne(interviews.id, exceptInterviewId),
      ),
    )
    .limit(1);
  if (other) return;
  await scope.db
    .update(experts)
    .set({ status: 'shortlisted' })
    .where(owned(experts, scope, and(eq(experts.id, expertId), eq(experts.status, 'scheduled'))));
}
