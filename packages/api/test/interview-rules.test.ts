/**
 * Issue 10, finding 8: booking rules the database holds, not only the screen.
 * A double-click books once; one expert is never in two calls at a time; a
 * completed call (and its spend) is corrected on the record, never deleted;
 * draft campaigns take no bookings; vendors are asked for more only so often.
 */
import { MAX_MORE_EXPERT_REQUESTS } from '@expert-network/contract';
import { queryRows } from '@expert-network/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from './fixtures';
import { createTestApi, errorCodeOf, type TestUser } from './harness';

let api: Awaited<ReturnType<typeof createTestApi>>;
let user: TestUser;
let w: Awaited<ReturnType<typeof buildWorkspace>>;
const HOUR = 3_600_000;

beforeAll(async () => {
  api = await createTestApi();
  user = await api.signUp('Booker');
  w = await buildWorkspace(user.caller);
});
afterAll(() => api?.dispose());

/** A new shortlisted expert in the workspace's campaign (or another). */
async function newExpert(campaignId = w.campaign.id) {
  const expert = await user.caller.expert.create({
    campaignId,
    name: `Expert ${Math.random()}`,
    callRateCents: 60_000,
  });
  await user.caller.expert.update({ id: expert.id, status: 'shortlisted' });
  return expert;
}

const callsOf = (expertId: string) =>
  queryRows<{ id: string; status: string; cost_cents: number }>(
    api.db.db,
    sql`SELECT id, status, cost_cents FROM expert_network.interviews WHERE expert_id = ${expertId}`,
  );

describe('booking', () => {
  it('five identical requests at once make one booking, and each gets it back', async () => {
    const expert = await newExpert();
    const request = {
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 48 * HOUR),
      timezone: 'Europe/London',
      durationMinutes: 45,
    };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => user.caller.interview.schedule(request)),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(await callsOf(expert.id)).toHaveLength(1);
  });

  it('the same expert cannot hold two overlapping calls', async () => {
    const expert = await newExpert();
    const at = Date.now() + 72 * HOUR;
    await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(at),
      timezone: 'UTC',
      durationMinutes: 60,
    });
    // Starts half-way through the first one.
    const clash = user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(at + HOUR / 2),
      timezone: 'UTC',
      durationMinutes: 60,
    });
    expect(await errorCodeOf(clash)).toBe('CONFLICT');
    // Right after it is fine.
    const next = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(at + HOUR),
      timezone: 'UTC',
      durationMinutes: 30,
    });
    expect(await callsOf(expert.id)).toHaveLength(2);
    // ...and cannot be moved onto the first one either.
    const moved = user.caller.interview.reschedule({ id: next.id, scheduledAt: new Date(at) });
    expect(await errorCodeOf(moved)).toBe('CONFLICT');
  });

  it('a draft campaign takes no bookings', async () => {
    const draft = await user.caller.campaign.create({
      campaignName: 'Not yet',
      industryVertical: 'Retail',
      status: 'draft',
    });
    const expert = await newExpert(draft.id);
    const booking = user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 24 * HOUR),
      timezone: 'UTC',
    });
    expect(await errorCodeOf(booking)).toBe('BAD_REQUEST');
    expect(await callsOf(expert.id)).toEqual([]);
  });
});

describe('a completed call', () => {
  async function completedCall() {
    const expert = await newExpert();
    const call = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() - 3 * HOUR),
      timezone: 'UTC',
      durationMinutes: 60,
    });
    return user.caller.interview.complete({ id: call.id, actualMinutes: 60, rating: 4 });
  }

  it('cannot be deleted: the call and its spend stay', async () => {
    const call = await completedCall();
    expect(await errorCodeOf(user.caller.interview.delete({ id: call.id }))).toBe('BAD_REQUEST');
    expect(await callsOf(call.expertId)).toEqual([
      { id: call.id, status: 'completed', cost_cents: 60_000 },
    ]);
  });

  it('is corrected instead, and the correction is recorded with its reason', async () => {
    const call = await completedCall();
    const corrected = await user.caller.interview.correct({
      id: call.id,
      durationMinutes: 30,
      reason: 'The call ended after half an hour',
    });
    // The booked length stays; the length the call really had is corrected, and its cost.
    expect(corrected).toMatchObject({
      status: 'completed',
      durationMinutes: 60,
      actualMinutes: 30,
      costCents: 30_000,
    });
    const recorded = await queryRows<{ reason: string; before: unknown; after: unknown }>(
      api.db.db,
      sql`SELECT reason, before, after FROM expert_network.interview_corrections
          WHERE interview_id = ${call.id}`,
    );
    expect(recorded).toEqual([
      {
        reason: 'The call ended after half an hour',
        before: { actualMinutes: 60, costCents: 60_000 },
        after: { actualMinutes: 30, costCents: 30_000 },
      },
    ]);
  });

  it('only a completed call is corrected', async () => {
    const expert = await newExpert();
    const booked = await user.caller.interview.schedule({
      expertId: expert.id,
      scheduledAt: new Date(Date.now() + 24 * HOUR),
      timezone: 'UTC',
    });
    const correction = user.caller.interview.correct({ id: booked.id, costCents: 0, reason: 'x' });
    expect(await errorCodeOf(correction)).toBe('BAD_REQUEST');
  });
});

describe('asking a vendor for more experts', () => {
  it(`stops after ${MAX_MORE_EXPERT_REQUESTS} requests per enrollment`, async () => {
    const enrollment = w.enrollments[0]!;
    const moreRequests = () =>
      queryRows<{ n: number }>(
        api.db.db,
        sql`SELECT count(*)::int AS n FROM expert_network.sourcing_requests
            WHERE enrollment_id = ${enrollment.id} AND kind = 'more'`,
      ).then(([row]) => row?.n);
    for (let i = 0; i < MAX_MORE_EXPERT_REQUESTS; i++) {
      await user.caller.vendor.requestMoreExperts({ id: enrollment.id });
      // Asking again while the last allowed one is open is a double-click: no error, no request.
      if (i === MAX_MORE_EXPERT_REQUESTS - 1) {
        await user.caller.vendor.requestMoreExperts({ id: enrollment.id });
      }
      // The vendor answers it (as the simulator would), so the next one is a new request.
      await api.db.db.execute(
        sql`UPDATE expert_network.sourcing_requests SET status = 'done', completed_at = now()
            WHERE enrollment_id = ${enrollment.id} AND kind = 'more' AND status = 'pending'`,
      );
    }
    expect(await moreRequests()).toBe(MAX_MORE_EXPERT_REQUESTS);
    const again = user.caller.vendor.requestMoreExperts({ id: enrollment.id });
    await expect(again).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(
        new RegExp(
          `^id: .+ has been asked for more experts ${MAX_MORE_EXPERT_REQUESTS} times on this campaign$`,
        ),
      ),
    });
    expect(await moreRequests()).toBe(MAX_MORE_EXPERT_REQUESTS);
  });
});
