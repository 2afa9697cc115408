/**
 * The person behind an expert: every network's offer of them in the
 * campaign (cheapest marked, the others duplicates once one is booked),
 * earlier campaigns and calls with them, the user's split and merge
 * decisions (which the matcher never overrides), and what duplicates saved.
 */
import { cheapestOffer, secondBookingWarning } from '@expert-network/contract/rules';
import { queryRows, schema } from '@expert-network/db';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { inTransaction, owned, type Scope } from '../scope';
import { requireCampaign, requireExpert } from './guards';

const {
  campaigns,
  expertScreeningResponses,
  experts,
  interviews,
  screeningQuestions,
  vendorPlatforms,
} = schema;

/** A call that counts as booked: not cancelled, not a no-show. */
const LIVE = ['scheduled', 'completed'] as const;

/** Every expert of this person, with campaign, network and calls. */
async function expertsOfPerson(scope: Scope, personId: string) {
  const rows = await scope.db
    .select({
      id: experts.id,
      campaignId: experts.campaignId,
      campaignName: campaigns.campaignName,
      vendorPlatformId: experts.vendorPlatformId,
      vendorName: vendorPlatforms.name,
      name: experts.name,
      title: experts.title,
      company: experts.company,
      callRateCents: experts.callRateCents,
      currency: experts.currency,
      status: experts.status,
      rating: experts.rating,
      notes: experts.notes,
      personDecidedByUser: experts.personDecidedByUser,
      createdAt: experts.createdAt,
    })
    .from(experts)
    .innerJoin(
      campaigns,
      and(eq(campaigns.id, experts.campaignId), eq(campaigns.userId, experts.userId)),
    )
    .leftJoin(vendorPlatforms, eq(vendorPlatforms.id, experts.vendorPlatformId))
    .where(owned(experts, scope, eq(experts.personId, personId)))
    .orderBy(desc(experts.createdAt), asc(experts.id));
  const calls = rows.length
    ? await scope.db
        .select({
          id: interviews.id,
          expertId: interviews.expertId,
          status: interviews.status,
          scheduledAt: interviews.scheduledAt,
          costCents: interviews.costCents,
          currency: interviews.currency,
          rating: interviews.rating,
          notes: interviews.notes,
        })
        .from(interviews)
        .where(
          owned(
            interviews,
            scope,
            inArray(
              interviews.expertId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(desc(interviews.scheduledAt))
    : [];
  return rows.map((r) => ({ ...r, calls: calls.filter((c) => c.expertId === r.id) }));
}

/** The answers of these experts, by question, for showing where the networks' answers differ. */
async function answersOf(scope: Scope, expertIds: string[]) {
  if (expertIds.length === 0) return [];
  return scope.db
    .select({
      expertId: expertScreeningResponses.expertId,
      questionId: screeningQuestions.id,
      questionText: screeningQuestions.questionText,
      responseText: expertScreeningResponses.responseText,
    })
    .from(expertScreeningResponses)
    .innerJoin(
      screeningQuestions,
      and(
        eq(screeningQuestions.id, expertScreeningResponses.screeningQuestionId),
        eq(screeningQuestions.userId, expertScreeningResponses.userId),
      ),
    )
    .where(
      owned(expertScreeningResponses, scope, inArray(expertScreeningResponses.expertId, expertIds)),
    )
    .orderBy(asc(screeningQuestions.displayOrder));
}

/**
 * The person of an expert: this campaign's offers (network, rate, answers;
 * the cheapest marked; the others duplicates once one is booked) and every
 * earlier campaign with them, with calls, notes, rating and what was paid.
 */
export async function personOfExpert(scope: Scope, expertId: string) {
  const expert = await requireExpert(scope, expertId);
  const all = await expertsOfPerson(scope, expert.personId);
  const here = all.filter((e) => e.campaignId === expert.campaignId);
  const answers = await answersOf(
    scope,
    here.map((e) => e.id),
  );
  const cheapest = here.length > 1 ? cheapestOffer(here) : null;
  const booked = here.find((e) => e.calls.some((c) => LIVE.includes(c.status as never)));
  const questions = [...new Map(answers.map((a) => [a.questionId, a.questionText])).entries()];
  return {
    personId: expert.personId,
    offers: here.map((e) => ({
      ...e,
      cheapest: e.id === cheapest,
      // Another network's offer of a person already booked here: not to be booked or paid twice.
      duplicate: booked !== undefined && booked.id !== e.id,
      answers: answers.filter((a) => a.expertId === e.id),
    })),
    // Questions the networks' candidates answered differently.
    differingQuestions: questions
      .filter(
        ([qid]) =>
          new Set(
            answers
              .filter((a) => a.questionId === qid)
              .map((a) => a.responseText.trim().toLowerCase()),
          ).size > 1,
      )
      .map(([questionId, questionText]) => ({ questionId, questionText })),
    earlier: all
      .filter((e) => e.campaignId !== expert.campaignId)
      .map((e) => ({
        ...e,
        paidCents: e.calls
          .filter((c) => c.status === 'completed')
          .reduce((sum, c) => sum + (c.costCents ?? 0), 0),
      })),
  };
}

/** The user's decision: this expert is nobody else in its group. */
export async function splitPerson(scope: Scope, expertId: string) {
  await inTransaction(scope, async (tx) => {
    await requireExpert(tx, expertId, { forUpdate: true });
    await tx.db
      .update(experts)
      .set({ personId: sql`gen_random_uuid()`, personDecidedByUser: true })
      .where(owned(experts, tx, eq(experts.id, expertId)));
  });
  return personOfExpert(scope, expertId);
}

/** The user's decision: this expert is the same person as another one. */
export async function mergePerson(
  scope: Scope,
  { expertId, sameAsExpertId }: { expertId: string; sameAsExpertId: string },
) {
  await inTransaction(scope, async (tx) => {
    await requireExpert(tx, expertId, { forUpdate: true });
    const target = await requireExpert(tx, sameAsExpertId, { forUpdate: true });
    await tx.db
      .update(experts)
      .set({ personId: target.personId, personDecidedByUser: true })
      .where(owned(experts, tx, inArray(experts.id, [expertId, sameAsExpertId])));
  });
  return personOfExpert(scope, expertId);
}

/**
 * The warning a booking of `expert` raises when the same person already has a
 * live call in the campaign through another offer (none otherwise).
 */
export async function secondBookingOfPerson(
  scope: Scope,
  expert: { id: string; campaignId: string; personId: string },
) {
  const others = await scope.db
    .select({ vendorName: vendorPlatforms.name })
    .from(interviews)
    .innerJoin(
      experts,
      and(eq(experts.id, interviews.expertId), eq(experts.userId, interviews.userId)),
    )
    .leftJoin(vendorPlatforms, eq(vendorPlatforms.id, experts.vendorPlatformId))
    .where(
      owned(
        interviews,
        scope,
        eq(experts.personId, expert.personId),
        eq(interviews.campaignId, expert.campaignId),
        ne(interviews.expertId, expert.id),
        inArray(interviews.status, [...LIVE]),
      ),
    )
    .limit(1);
  const message = secondBookingWarning(others);
  return message ? [{ warning: 'second_booking_of_person' as const, message }] : [];
}

/**
 * Duplicate offers caught (offers of a person beyond the first, per campaign)
 * and the spend avoided: for each call booked through a person's cheaper
 * offer, what the same call would have cost at their dearest offer's rate.
 */
export async function duplicateSavings(scope: Scope, campaignId?: string) {
  if (campaignId) await requireCampaign(scope, campaignId);
  const [row] = await queryRows<{ people: number; offers: number; avoided: string | null }>(
    scope.db,
    sql`WITH groups AS (
          SELECT e.campaign_id, e.person_id, count(*) AS n, max(e.call_rate_cents) AS dearest
          FROM ${experts} e
          WHERE e.user_id = ${scope.userId}
            ${campaignId ? sql`AND e.campaign_id = ${campaignId}` : sql``}
          GROUP BY e.campaign_id, e.person_id
          HAVING count(*) > 1
        )
        SELECT (SELECT count(*) FROM groups)::int AS people,
               (SELECT coalesce(sum(n - 1), 0) FROM groups)::int AS offers,
               -- A call's cost scales with the hourly rate under one billing rule.
               (SELECT sum(round(i.cost_cents::numeric * (g.dearest - e.call_rate_cents) / e.call_rate_cents))
                FROM groups g
                JOIN ${experts} e ON e.user_id = ${scope.userId}
                  AND e.campaign_id = g.campaign_id AND e.person_id = g.person_id
                JOIN ${interviews} i ON i.expert_id = e.id AND i.user_id = e.user_id
                WHERE i.status IN ('scheduled', 'completed')
                  AND e.call_rate_cents > 0 AND g.dearest > e.call_rate_cents) AS avoided`,
  );
  return {
    peopleWithSeveralOffers: row?.people ?? 0,
    duplicateOffersCaught: row?.offers ?? 0,
    spendAvoidedCents: Number(row?.avoided ?? 0),
    currency: 'USD',
  };
}
