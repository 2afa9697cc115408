/**
 * The vendor side of sourcing: plan when each request is answered, claim due
 * requests (FOR UPDATE SKIP LOCKED, under a lease), and deliver experts with
 * their answers. Delivery commits only while the claim's lease token is still
 * the request's, and expert references are unique per campaign and vendor, so
 * a crash, a restart or a second worker never delivers a proposal twice.
 */
import {
  checkExperts,
  type Database,
  type Executor,
  placeArrivals,
  sameOwnerJoin,
  schema,
} from '@expert-network/db';
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { SimulatorConfig } from './config';
import { withComplianceCases } from './generator/compliance-cases';
import type { ExpertGenerator } from './generator/types';
import { type CastProposal, castProposals, recordTruth } from './overlap';
import { batchDelayMs, batchSize, declines, targetExperts } from './pace';

const {
  campaignVendorEnrollments: enrollments,
  campaigns,
  expertScreeningResponses,
  experts,
  projectComplianceRules,
  screeningQuestions,
  sourcingRequests: requests,
  vendorPlatforms,
} = schema;

/** A claimed request, with its owner: every later statement on it stays within that user (one shard). */
export type Claim = { id: string; userId: string; leaseToken: string | null; attempts: number };
export type Outcome = 'delivered' | 'declined' | 'cancelled' | 'complete' | 'lease-lost' | 'gone';

/** Gives each new request its due time, from its vendor's pace. */
export async function planNewRequests(db: Database, config: SimulatorConfig): Promise<number> {
  const fresh = await db
    .select({
      id: requests.id,
      userId: requests.userId,
      kind: requests.kind,
      createdAt: requests.createdAt,
      enrollmentId: requests.enrollmentId,
      tags: vendorPlatforms.tags,
    })
    .from(requests)
    .innerJoin(enrollments, sameOwnerJoin(enrollments, requests.enrollmentId, requests.userId))
    .innerJoin(vendorPlatforms, eq(vendorPlatforms.id, enrollments.vendorPlatformId))
    .where(and(eq(requests.status, 'pending'), isNull(requests.dueAt)))
    .limit(100);
  for (const r of fresh) {
    const delay = batchDelayMs(r.tags, config.speedup, `${r.id}`, r.kind === 'initial');
    await db
      .update(requests)
      .set({ dueAt: new Date(r.createdAt.getTime() + delay) })
      .where(and(eq(requests.userId, r.userId), eq(requests.id, r.id), isNull(requests.dueAt)));
  }
  return fresh.length;
}

/** Takes up to `limit` due requests (or ones whose lease ran out) for this worker. */
export function claimDueRequests(db: Database, limit: number, leaseMs: number): Promise<Claim[]> {
  const due = db
    .select({ id: requests.id })
    .from(requests)
    .where(
      or(
        and(eq(requests.status, 'pending'), lte(requests.dueAt, sql`now()`)),
        and(eq(requests.status, 'running'), lt(requests.leaseExpiresAt, sql`now()`)),
      ),
    )
    .orderBy(asc(requests.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(requests)
    .set({
      status: 'running',
      leaseToken: sql`gen_random_uuid()`,
      leaseExpiresAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
      attempts: sql`${requests.attempts} + 1`,
    })
    .where(inArray(requests.id, due))
    .returning({
      id: requests.id,
      userId: requests.userId,
      leaseToken: requests.leaseToken,
      attempts: requests.attempts,
    });
}

/** Everything a delivery needs to know about a request. */
async function loadRequest(db: Database, { id, userId }: Claim) {
  const [row] = await db
    .select({
      request: requests,
      enrollment: enrollments,
      campaign: campaigns,
      vendor: vendorPlatforms,
      // The vendor's proposals in this campaign now (a user may have deleted some)...
      present: sql<number>`(
        SELECT count(*)::int FROM ${experts} e
        WHERE e.user_id = ${enrollments.userId} AND e.campaign_id = ${enrollments.campaignId}
          AND e.vendor_platform_id = ${enrollments.vendorPlatformId}
          AND e.external_ref IS NOT NULL)`,
      // ...of which these came before this enrollment (the vendor was removed and enrolled again)...
      earlier: sql<number>`(
        SELECT count(*)::int FROM ${experts} e
        WHERE e.user_id = ${enrollments.userId} AND e.campaign_id = ${enrollments.campaignId}
          AND e.vendor_platform_id = ${enrollments.vendorPlatformId}
          AND e.external_ref IS NOT NULL AND e.created_at < ${enrollments.enrolledAt})`,
      // ...and how far down its list of candidates this enrollment has gone.
      positionsUsed: sql<number>`(
        SELECT coalesce(sum(done.positions_used), 0)::int FROM ${requests} done
        WHERE done.user_id = ${requests.userId} AND done.enrollment_id = ${requests.enrollmentId}
          AND done.status = 'done')`,
    })
    .from(requests)
    .innerJoin(enrollments, sameOwnerJoin(enrollments, requests.enrollmentId, requests.userId))
    .innerJoin(campaigns, sameOwnerJoin(campaigns, enrollments.campaignId, enrollments.userId))
    .innerJoin(vendorPlatforms, eq(vendorPlatforms.id, enrollments.vendorPlatformId))
    .where(and(eq(requests.userId, userId), eq(requests.id, id)));
  return row;
}

class LeaseLost extends Error {}

/** The audit trail names the simulator as the author of this transaction's changes. */
const actAsSimulator = (tx: Executor) =>
  tx.execute(sql`select set_config('app.actor', 'simulator', true)`);

/** The target company of the campaign's project, for profiles that meet the rules. */
async function targetCompanyOf(db: Database, userId: string, projectId: string | null) {
  if (!projectId) return null;
  const [rules] = await db
    .select({ targetCompany: projectComplianceRules.targetCompany })
    .from(projectComplianceRules)
    .where(
      and(
        eq(projectComplianceRules.userId, userId),
        eq(projectComplianceRules.projectId, projectId),
      ),
    );
  return rules?.targetCompany ?? null;
}

/** Finishes the request if this claim still holds it; otherwise throws LeaseLost. */
async function finish(
  tx: Executor,
  claim: Claim,
  status: 'done' | 'cancelled',
  { expertsDelivered = 0, positionsUsed = 0 } = {},
) {
  const [row] = await tx
    .update(requests)
    .set({
      status,
      expertsDelivered,
      positionsUsed,
      completedAt: new Date(),
      leaseToken: null,
      leaseExpiresAt: null,
    })
    .where(
      and(
        eq(requests.userId, claim.userId),
        eq(requests.id, claim.id),
        eq(requests.status, 'running'),
        claim.leaseToken ? eq(requests.leaseToken, claim.leaseToken) : isNull(requests.leaseToken),
      ),
    )
    .returning({ id: requests.id });
  if (!row) throw new LeaseLost();
}

/** Answers one claimed request: declines, proposes a batch, or has nothing left to do. */
export async function fulfil(
  db: Database,
  generator: ExpertGenerator,
  config: SimulatorConfig,
  claim: Claim,
): Promise<{ outcome: Outcome; experts: number }> {
  const loaded = await loadRequest(db, claim);
  if (!loaded) return { outcome: 'gone', experts: 0 };
  const { request, enrollment, campaign, vendor, present, earlier, positionsUsed } = loaded;
  const key = `${campaign.id}|${vendor.id}`;
  // Positions already proposed are not offered again. Re-enrolled, the vendor goes on after
  // the ones still here, and each request moves it further down its list: counting from
  // `present` alone, a deletion left it proposing the same (taken) position over and over.
  const firstIndex = Math.max(earlier + positionsUsed, present);
  try {
    // Vendors work for active enrollments of active campaigns; (re)activating asks again.
    if (enrollment.status !== 'active' || campaign.status !== 'active') {
      await finish(db, claim, 'cancelled');
      return { outcome: 'cancelled', experts: 0 };
    }
    const firstContact = request.kind === 'initial' && firstIndex === 0;
    if (firstContact && declines(key, config.declineRate)) {
      await db.transaction(async (tx) => {
        await actAsSimulator(tx);
        await finish(tx, claim, 'done');
        await tx
          .update(enrollments)
          .set({
            status: 'declined',
            notes: `${vendor.name} declined: no suitable experts available for this brief right now.`,
          })
          .where(and(eq(enrollments.userId, enrollment.userId), eq(enrollments.id, enrollment.id)));
      });
      return { outcome: 'declined', experts: 0 };
    }
    const target = targetExperts(key);
    const size = batchSize(`${key}|${firstIndex}`, present === 0 || request.kind === 'more');
    const count = request.kind === 'more' ? size : Math.min(size, target - present);
    if (count <= 0) {
      await finish(db, claim, 'done');
      return { outcome: 'complete', experts: 0 };
    }

    const questions = await db
      .select()
      .from(screeningQuestions)
      .where(
        and(
          eq(screeningQuestions.userId, campaign.userId),
          eq(screeningQuestions.campaignId, campaign.id),
        ),
      )
      .orderBy(asc(screeningQuestions.displayOrder));
    const generated = withComplianceCases(
      await generator.generate({ campaign, vendor, questions, firstIndex, count }),
      await targetCompanyOf(db, campaign.userId, campaign.projectId),
      new Date(),
    );

    const delivered = await db.transaction(async (tx) => {
      await actAsSimulator(tx);
      const cast = await castProposals(
        tx,
        config,
        {
          userId: enrollment.userId,
          campaignId: campaign.id,
          industryVertical: campaign.industryVertical,
          vendorPlatformId: vendor.id,
          vendorSlug: vendor.slug,
        },
        generated,
      );
      const inserted = await insertExperts(tx, enrollment, cast);
      await finish(tx, claim, 'done', {
        expertsDelivered: inserted,
        positionsUsed: generated.length,
      });
      if (request.kind !== 'more' && present + inserted < target) {
        await tx
          .insert(requests)
          .values({ userId: enrollment.userId, enrollmentId: enrollment.id, kind: 'follow_up' })
          .onConflictDoNothing();
      }
      return inserted;
    });
    return { outcome: 'delivered', experts: delivered };
  } catch (error) {
    if (error instanceof LeaseLost) return { outcome: 'lease-lost', experts: 0 };
    throw error;
  }
}

/** New proposals with their answers; a reference already delivered is skipped. Returns how many were new. */
async function insertExperts(
  tx: Executor,
  enrollment: typeof enrollments.$inferSelect,
  generated: CastProposal[],
) {
  // Placed among the people the user already has before insert (one write per expert).
  const places = await placeArrivals(
    tx,
    enrollment.userId,
    generated.map((e) => ({
      ...e,
      campaignId: enrollment.campaignId,
      vendorPlatformId: enrollment.vendorPlatformId,
    })),
  );
  const inserted = await tx
    .insert(experts)
    .values(
      generated.map((e, i) => ({
        ...places[i],
        userId: enrollment.userId,
        campaignId: enrollment.campaignId,
        vendorPlatformId: enrollment.vendorPlatformId,
        externalRef: e.externalRef,
        name: e.name,
        title: e.title,
        company: e.company,
        geography: e.geography,
        description: e.description,
        workHistory: e.workHistory,
        skills: e.skills,
        rating: e.rating,
        aiFitScore: e.aiFitScore,
        callRateCents: e.callRateCents,
        attestedAt: e.attestedAt,
      })),
    )
    .onConflictDoNothing({
      target: [experts.userId, experts.campaignId, experts.vendorPlatformId, experts.externalRef],
    })
    .returning({ id: experts.id, externalRef: experts.externalRef });
  const answers = inserted.flatMap(({ id, externalRef }) =>
    Object.entries(generated.find((e) => e.externalRef === externalRef)?.answers ?? {}).map(
      ([screeningQuestionId, responseText]) => ({
        userId: enrollment.userId,
        campaignId: enrollment.campaignId,
        expertId: id,
        screeningQuestionId,
        responseText,
      }),
    ),
  );
  if (answers.length) await tx.insert(expertScreeningResponses).values(answers);
  await recordTruth(tx, enrollment.userId, inserted, generated);
  // Checked on arrival, in the delivering transaction.
  await checkExperts(tx, enrollment.userId, { expertIds: inserted.map((e) => e.id) });
  return inserted.length;
}

/** A failed delivery is retried later (backing off), then given up on after `maxAttempts`. */
export async function retryLater(db: Database, claim: Claim, error: unknown, maxAttempts = 5) {
  const { attempts } = claim;
  await db
    .update(requests)
    .set({
      status: attempts >= maxAttempts ? 'failed' : 'pending',
      dueAt: new Date(Date.now() + 1000 * 2 ** attempts),
      lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
      leaseToken: null,
      leaseExpiresAt: null,
    })
    .where(
      and(
        eq(requests.userId, claim.userId),
        eq(requests.id, claim.id),
        claim.leaseToken ? eq(requests.leaseToken, claim.leaseToken) : undefined,
      ),
    );
}
