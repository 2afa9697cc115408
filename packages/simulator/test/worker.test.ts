import { createDbClient, type DbClient } from '@expert-network/db';
import { waitFor } from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedQuestions, isValidAnswer } from '../src/generator/answers';
import { complianceCaseOf } from '../src/generator/compliance-cases';
import { createDefaultGenerator } from '../src/generator/default-generator';
import { targetExperts } from '../src/pace';
import { claimDueRequests, fulfil, planNewRequests } from '../src/sourcing';
import { startSimulator } from '../src/worker';
import { type Caller, cloudSecurityCampaign, createWorld, FAST, silentLogger } from './harness';

let world: Awaited<ReturnType<typeof createWorld>>;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world?.db.dispose());

/** Runs passes until nothing is left to do (or `max` passes). */
async function drain(sim: { runOnce(): Promise<number> }, max = 50) {
  for (let i = 0; i < max; i++) {
    await planNewRequests(world.db.db, FAST);
    if ((await sim.runOnce()) === 0 && (await openRequests()) === 0) return;
  }
  throw new Error('the simulator did not settle');
}

async function openRequests() {
  const [row] = await world.db.withSession((q) =>
    q<{ n: number }>(
      `SELECT count(*)::int AS n FROM expert_network.sourcing_requests WHERE status IN ('pending','running')`,
    ),
  );
  return row!.n;
}

async function vendorExperts(campaignId: string) {
  return world.db.withSession((q) =>
    q<{ vendor_platform_id: string; external_ref: string }>(
      'SELECT vendor_platform_id, external_ref FROM expert_network.experts WHERE campaign_id = $1',
      [campaignId],
    ),
  );
}

/** What the sourcing requests say they delivered: it must match the experts there are. */
async function recordedDeliveries(campaignId: string) {
  const [row] = await world.db.withSession((q) =>
    q<{ n: number }>(
      `SELECT coalesce(sum(r.experts_delivered), 0)::int AS n
       FROM expert_network.sourcing_requests r
       JOIN expert_network.campaign_vendor_enrollments e ON e.id = r.enrollment_id
       WHERE e.campaign_id = $1 AND r.status = 'done'`,
      [campaignId],
    ),
  );
  return row!.n;
}

const expectedTotal = (campaignId: string, vendorIds: string[]) =>
  vendorIds.reduce((sum, v) => sum + targetExperts(`${campaignId}|${v}`), 0);

describe('the vendor simulator', () => {
  let caller: Caller;
  beforeAll(async () => {
    caller = await world.user('ana');
  });

  it('delivers 5-10 experts per enrolled vendor, every question answered', async () => {
    const campaign = await cloudSecurityCampaign(caller);
    const sim = startSimulator({
      db: world.db.db,
      config: FAST,
      logger: silentLogger,
      poll: false,
    });
    await drain(sim);
    const enrollments = await caller.vendor.enrollments({ campaignId: campaign.id });
    for (const e of enrollments) {
      expect(e.expertCount).toBe(targetExperts(`${campaign.id}|${e.vendorPlatformId}`));
      expect(e.nextDeliveryAt).toBeNull();
    }
    const questions = await caller.screening.list({ campaignId: campaign.id });
    const { items } = await caller.expert.list({ campaignId: campaign.id, limit: 100 });
    expect(items.every((e) => e.isNew && e.status === 'proposed')).toBe(true);
    for (const expert of items.slice(0, 5)) {
      const { responses } = await caller.expert.byId({ id: expert.id });
      const answers = Object.fromEntries(
        responses.map((r) => [r.screeningQuestionId, r.responseText]),
      );
      const asked = expectedQuestions(
        questions.map((q) => ({ ...q, options: q.options })),
        answers,
      );
      expect(responses).toHaveLength(asked.length);
      for (const q of asked)
        expect(isValidAnswer({ ...q, options: q.options }, answers[q.id])).toBe(true);
    }
  });

  it('checks every delivered expert against the rules, as the simulator in the audit trail', async () => {
    const project = await caller.project.create({ projectName: 'Target check' });
    await caller.compliance.updateRules({
      projectId: project.id,
      targetCompany: 'Acme Corporation',
    });
    const campaign = await cloudSecurityCampaign(caller, 4);
    await caller.campaign.update({ id: campaign.id, projectId: project.id });
    const sim = startSimulator({
      db: world.db.db,
      // Each profile the generator's own (none cast as another network's person).
      config: { ...FAST, overlapRate: 0, recurrenceRate: 0 },
      logger: silentLogger,
      poll: false,
    });
    await drain(sim);
    const rows = await world.db.withSession((q) =>
      q<{ status: string; checked: boolean; actors: string[] }>(
        `SELECT e.compliance_status AS status, e.compliance_checked_at IS NOT NULL AS checked,
                array(SELECT DISTINCT a.actor FROM expert_network.audit_log a WHERE a.row_id = e.id) AS actors
         FROM expert_network.experts e WHERE e.campaign_id = $1`,
        [campaign.id],
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.status).not.toBe('unchecked');
      expect(row.checked).toBe(true);
      expect(row.actors).toEqual(['simulator']);
    }
    // The project's target company reached the vendors: exactly the profiles whose case says
    // so worked there (about one in eight).
    const histories = await world.db.withSession((q) =>
      q<{ external_ref: string; at_target: boolean }>(
        `SELECT external_ref, work_history::text LIKE '%Acme Corporation%' AS at_target
         FROM expert_network.experts WHERE campaign_id = $1`,
        [campaign.id],
      ),
    );
    for (const { external_ref, at_target } of histories) {
      const { kind } = complianceCaseOf(external_ref, true);
      expect(at_target, external_ref).toBe(
        kind === 'target_employee' || kind === 'left_target_recently',
      );
    }
  });

  it('resumes after a restart without duplicates, even after a crash mid-delivery', async () => {
    const campaign = await cloudSecurityCampaign(caller, 1);
    const vendorId = (await caller.vendor.enrollments({ campaignId: campaign.id }))[0]!
      .vendorPlatformId;
    const generator = createDefaultGenerator();

    // First process: plans and claims the first request with a short lease, then dies.
    await planNewRequests(world.db.db, FAST);
    const [claim] = await claimDueRequests(world.db.db, 1, 50);
    expect(claim).toBeDefined();
    await waitFor('the lease to run out', async () => {
      const [row] = await world.db.withSession((q) =>
        q<{ expired: boolean }>(
          'SELECT lease_expires_at < now() AS expired FROM expert_network.sourcing_requests WHERE id = $1',
          [claim!.id],
        ),
      );
      return row?.expired;
    });

    // Second process takes over once the lease has run out, and finishes the campaign.
    const second = startSimulator({
      db: world.db.db,
      config: FAST,
      logger: silentLogger,
      poll: false,
      generator,
    });
    await drain(second);
    // The first process wakes up and tries to deliver with its stale claim.
    const late = await fulfil(world.db.db, generator, FAST, claim!);
    expect(late.outcome).toBe('lease-lost');

    const delivered = await vendorExperts(campaign.id);
    expect(delivered).toHaveLength(targetExperts(`${campaign.id}|${vendorId}`));
    expect(await recordedDeliveries(campaign.id)).toBe(delivered.length);
  });

  it('two workers on one database deliver each proposal once', async () => {
    const campaigns = [
      await cloudSecurityCampaign(caller, 4),
      await cloudSecurityCampaign(caller, 3),
    ];
    // On PostgreSQL the second worker has its own pool, as a second server would.
    const other: DbClient = world.db.url ? await createDbClient({ url: world.db.url }) : world.db;
    const config = { ...FAST, pollMs: 5 };
    const a = startSimulator({ db: world.db.db, config, logger: silentLogger });
    const b = startSimulator({ db: other.db, config, logger: silentLogger });
    try {
      await waitFor('every request answered', async () => (await openRequests()) === 0, {
        timeoutMs: 25_000,
      });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      if (other !== world.db) await other.close();
    }
    expect(await openRequests()).toBe(0);
    for (const campaign of campaigns) {
      const enrollments = await caller.vendor.enrollments({ campaignId: campaign.id });
      const delivered = await vendorExperts(campaign.id);
      expect(delivered).toHaveLength(
        expectedTotal(
          campaign.id,
          enrollments.map((e) => e.vendorPlatformId),
        ),
      );
      expect(await recordedDeliveries(campaign.id)).toBe(delivered.length);
    }
  });

  it('declines, pauses and answers requests for more', async () => {
    const campaign = await cloudSecurityCampaign(caller, 2);
    const [first, second] = await caller.vendor.enrollments({ campaignId: campaign.id });
    await caller.vendor.updateEnrollment({ id: second!.id, status: 'paused' });
    // Every vendor declines in this run.
    const declining = startSimulator({
      db: world.db.db,
      config: { ...FAST, declineRate: 1 },
      logger: silentLogger,
      poll: false,
    });
    await drain(declining);
    const [declined, paused] = await caller.vendor.enrollments({ campaignId: campaign.id });
    expect(declined).toMatchObject({ status: 'declined', expertCount: 0 });
    expect(declined!.notes).toMatch(/declined/);
    expect(paused).toMatchObject({ status: 'paused', expertCount: 0 });
    const refused = await caller.vendor.requestMoreExperts({ id: first!.id }).then(
      () => undefined,
      (error: { code: string }) => error.code,
    );
    expect(refused).toBe('BAD_REQUEST');

    // Resumed: the vendor works through its target, then a request for more brings extra experts.
    await caller.vendor.updateEnrollment({ id: second!.id, status: 'active' });
    const sim = startSimulator({
      db: world.db.db,
      config: FAST,
      logger: silentLogger,
      poll: false,
    });
    await drain(sim);
    const target = targetExperts(`${campaign.id}|${second!.vendorPlatformId}`);
    expect((await caller.vendor.enrollments({ campaignId: campaign.id }))[1]!.expertCount).toBe(
      target,
    );
    await caller.vendor.requestMoreExperts({ id: second!.id });
    await drain(sim);
    const after = (await caller.vendor.enrollments({ campaignId: campaign.id }))[1]!.expertCount;
    expect(after).toBeGreaterThanOrEqual(target + 2);
    expect(after).toBeLessThanOrEqual(target + 4);
  });

  it('after a vendor is removed and enrolled again, it tops its proposals up to its target', async () => {
    const campaign = await cloudSecurityCampaign(caller, 1);
    const sim = startSimulator({
      db: world.db.db,
      config: FAST,
      logger: silentLogger,
      poll: false,
    });
    await drain(sim);
    const [enrollment] = await caller.vendor.enrollments({ campaignId: campaign.id });
    const target = targetExperts(`${campaign.id}|${enrollment!.vendorPlatformId}`);
    const first = await vendorExperts(campaign.id);
    expect(first).toHaveLength(target);

    const { items } = await caller.expert.list({ campaignId: campaign.id, limit: 100 });
    await caller.expert.delete({ id: items[0]!.id });
    await caller.vendor.unenroll({ id: enrollment!.id });
    await caller.vendor.enroll({
      campaignId: campaign.id,
      vendorPlatformId: enrollment!.vendorPlatformId,
    });
    await drain(sim);

    // The ones still there stay; the vendor adds one and records just that one.
    const after = await vendorExperts(campaign.id);
    expect(after).toHaveLength(target);
    expect(await recordedDeliveries(campaign.id)).toBe(1);
  });

  it('works only for active campaigns: a draft waits until it is activated', async () => {
    const vendors = (await caller.vendor.list()).slice(0, 1);
    const draft = await caller.campaign.create({
      campaignName: 'Not yet',
      industryVertical: 'Technology',
      status: 'draft',
      vendorPlatformIds: vendors.map((v) => v.id),
    });
    const sim = startSimulator({
      db: world.db.db,
      config: FAST,
      logger: silentLogger,
      poll: false,
    });
    await drain(sim);
    expect(await vendorExperts(draft.id)).toEqual([]);
    await caller.campaign.update({ id: draft.id, status: 'active' });
    await drain(sim);
    expect(await vendorExperts(draft.id)).toHaveLength(
      targetExperts(`${draft.id}|${vendors[0]!.id}`),
    );
  });
});
