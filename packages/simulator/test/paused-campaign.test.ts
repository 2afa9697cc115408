/**
 * Paused means paused: pausing a campaign stops its vendors (their waiting
 * requests are cancelled, the simulator proposes nothing, asking for more is
 * refused, each enrollment reads as paused); resuming sets them going again.
 */
import { sourcingStatus } from '@expert-network/contract/rules';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDefaultGenerator } from '../src/generator/default-generator';
import { claimDueRequests, fulfil, planNewRequests } from '../src/sourcing';
import { type Caller, cloudSecurityCampaign, createWorld, FAST } from './harness';

let world: Awaited<ReturnType<typeof createWorld>>;
let caller: Caller;
beforeAll(async () => {
  world = await createWorld();
  caller = await world.user('Pauser');
});
afterAll(() => world?.db.dispose());

const sql = <Row>(text: string, params: unknown[] = []) =>
  world.db.withSession((q) => q<Row>(text, params));

/** The campaign's requests, by status, each made due now (as if its time had come). */
async function dueRequestsOf(campaignId: string) {
  await planNewRequests(world.db.db, FAST);
  return sql<{ status: string }>(
    `UPDATE expert_network.sourcing_requests r SET due_at = now() - interval '1 second'
     FROM expert_network.campaign_vendor_enrollments e
     WHERE e.id = r.enrollment_id AND e.campaign_id = $1 AND r.status = 'pending'
     RETURNING r.status`,
    [campaignId],
  );
}

const expertsOf = async (campaignId: string) =>
  (await caller.expert.statusCounts({ campaignId })).total;

it('a paused campaign has no vendor sourcing, and a resumed one sources again', async () => {
  const campaign = await cloudSecurityCampaign(caller, 2);
  const enrollments = await caller.vendor.enrollments({ campaignId: campaign.id });
  expect(enrollments.map((e) => sourcingStatus(e.status, e.campaignStatus))).toEqual([
    'active',
    'active',
  ]);

  await caller.campaign.update({ id: campaign.id, status: 'paused' });
  const paused = await caller.vendor.enrollments({ campaignId: campaign.id });
  expect(paused.map((e) => [e.status, sourcingStatus(e.status, e.campaignStatus)])).toEqual([
    ['active', 'paused'],
    ['active', 'paused'],
  ]);
  // Nothing waits, so nothing says "sourcing", and the simulator has nothing to take up.
  expect(paused.every((e) => e.sourcingSince === null)).toBe(true);
  expect(await dueRequestsOf(campaign.id)).toEqual([]);
  const generator = createDefaultGenerator();
  for (const claim of await claimDueRequests(world.db.db, 10, 60_000)) {
    await fulfil(world.db.db, generator, FAST, claim);
  }
  expect(await expertsOf(campaign.id)).toBe(0);
  const more = caller.vendor.requestMoreExperts({ id: paused[0]!.id });
  await expect(more).rejects.toMatchObject({
    code: 'BAD_REQUEST',
    message: expect.stringContaining('The campaign is paused'),
  });

  await caller.campaign.update({ id: campaign.id, status: 'active' });
  const resumed = await caller.vendor.enrollments({ campaignId: campaign.id });
  expect(resumed.map((e) => sourcingStatus(e.status, e.campaignStatus))).toEqual([
    'active',
    'active',
  ]);
  expect(await dueRequestsOf(campaign.id)).toHaveLength(2);
  for (const claim of await claimDueRequests(world.db.db, 10, 60_000)) {
    await fulfil(world.db.db, generator, FAST, claim);
  }
  expect(await expertsOf(campaign.id)).toBeGreaterThan(0);
});
