/**
 * Live updates: every committed write, by a procedure or straight in SQL (the
 * vendor simulator's way), reaches the subscription of the user it belongs to,
 * and no one else's; a rolled-back write sends nothing.
 */

import { waitFor } from '@expert-network/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_CHANNEL, type Change } from '../src';
import { buildWorkspace } from './fixtures';
import { createTestApi, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let alice: TestUser;
let bob: TestUser;
let workspace: Awaited<ReturnType<typeof buildWorkspace>>;

beforeAll(async () => {
  api = await createTestApi();
  alice = await api.signUp('Alice');
  bob = await api.signUp('Bob');
  workspace = await buildWorkspace(alice.caller);
});
afterAll(() => api?.dispose());

/** A notice no table sends: it tells the test that a subscription is listening. */
const PROBE = 'test_probe';

/** Collects what a user's subscription yields until stopped. */
async function watch(user: TestUser) {
  const received: Change[] = [];
  const stop = new AbortController();
  const iterable = await user.callerUntil(stop.signal).live.changes();
  let listening = false;
  const done = (async () => {
    for await (const change of iterable) {
      if (change.kind === PROBE) listening = true;
      else received.push(change);
    }
  })();
  // The subscription listens once a notice sent now reaches it: the test writes after that.
  const probe = JSON.stringify({ userId: user.userId, kind: PROBE, campaignId: null });
  await waitFor('the subscription to listen', async () => {
    await api.db.withSession((q) => q('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, probe]));
    return listening;
  });
  return {
    received,
    until: (match: (c: Change) => boolean) =>
      waitFor('the change to arrive', () => received.find(match)),
    async stop() {
      stop.abort();
      await done;
    },
  };
}

describe('live.changes', () => {
  it("gets the user's own changes with the campaign, and not another user's", async () => {
    const aliceFeed = await watch(alice);
    const bobFeed = await watch(bob);
    await alice.caller.expert.update({ id: workspace.expert.id, notes: 'Strong on budgets' });
    const change = await aliceFeed.until((c) => c.kind === 'experts');
    expect(change).toEqual({ kind: 'experts', campaignId: workspace.campaign.id });
    await bob.caller.team.create({ name: 'Bob’s analyst', email: `b.${Date.now()}@x.com` });
    expect(await bobFeed.until((c) => c.kind === 'team_members')).toBeTruthy();
    await aliceFeed.stop();
    await bobFeed.stop();
    expect(aliceFeed.received.map((c) => c.kind)).not.toContain('team_members');
    expect(bobFeed.received.map((c) => c.kind)).not.toContain('experts');
  });

  it('announces a batch of proposals written in SQL, with vendor, campaign and count', async () => {
    const feed = await watch(alice);
    const vendor = workspace.vendors[1]!;
    await api.db.withSession((q) =>
      q(
        `INSERT INTO expert_network.experts (user_id, campaign_id, vendor_platform_id, name)
         SELECT $1, $2, $3, 'Proposed ' || g FROM generate_series(1, 4) AS g`,
        [alice.userId, workspace.campaign.id, vendor.id],
      ),
    );
    const arrival = await feed.until((c) => c.kind === 'arrival');
    await feed.stop();
    expect(arrival).toEqual({
      kind: 'arrival',
      campaignId: workspace.campaign.id,
      count: 4,
      vendorName: vendor.name,
      campaignName: workspace.campaign.campaignName,
    });
    // One notice per statement and campaign, not one per row.
    expect(feed.received.filter((c) => c.kind === 'experts')).toHaveLength(1);
  });

  it('sends nothing for a write that rolls back', async () => {
    const feed = await watch(alice);
    await api.db.withSession(async (q) => {
      await q('BEGIN');
      await q('UPDATE expert_network.projects SET project_name = $2 WHERE id = $1', [
        workspace.project.id,
        'Never committed',
      ]);
      await q('ROLLBACK');
      // A committed write after it, so the test knows notices have been delivered.
      await q('UPDATE expert_network.team_members SET name = name WHERE id = $1', [
        workspace.member.id,
      ]);
    });
    expect(await feed.until((c) => c.kind === 'team_members')).toBeTruthy();
    await feed.stop();
    expect(feed.received.map((c) => c.kind)).not.toContain('projects');
  });
});
